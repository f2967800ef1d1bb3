package id.djpk.portal.lapor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import id.djpk.portal.letter.OfficialPdf;
import id.djpk.portal.letter.QrFooter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The "Tanda Terima" of a report as an A4 PDF: receipt number, time, region, type, period, deadline and timeliness,
 * every file with its size and SHA-256, and a QR code that opens the report's status page (its link carries the
 * access code in the fragment, as the receipt e-mail's does).
 */
final class ReceiptPdf {

    /** What the receipt says, worded already. */
    record Content(String receipt, String received, String region, String institution, String sender, String type,
            String period, String deadline, String timeliness, List<String[]> files, String statusUrl) {
    }

    private ReceiptPdf() {
    }

    static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OfficialPdf.Fonts f = OfficialPdf.fonts();
            Document doc = OfficialPdf.open(out, "Tanda Terima " + c.receipt());
            OfficialPdf.letterhead(doc, f, "TANDA TERIMA LAPORAN (EMAIL LAPOR)");
            PdfPTable t = new PdfPTable(new float[] {1.3f, 3f});
            t.setWidthPercentage(100);
            t.setSpacingAfter(10);
            String[][] rows = {{"Nomor tanda terima", c.receipt()}, {"Waktu diterima", c.received()},
                    {"Pemerintah daerah", c.region()}, {"Instansi/SKPD", c.institution()}, {"Pengirim", c.sender()},
                    {"Jenis laporan", c.type()}, {"Periode", c.period()}, {"Batas waktu", c.deadline()},
                    {"Ketepatan waktu", c.timeliness()}};
            for (String[] r : rows) {
                OfficialPdf.row(t, r[0], r[1], f);
            }
            doc.add(t);
            doc.add(new Paragraph("Berkas yang diterima", f.bold()));
            PdfPTable files = new PdfPTable(new float[] {2f, 0.8f, 3.2f});
            files.setWidthPercentage(100);
            files.setSpacingBefore(4);
            for (String h : new String[] {"Nama berkas", "Ukuran (bita)", "SHA-256"}) {
                OfficialPdf.cell(files, h, f.bold());
            }
            for (String[] file : c.files()) {
                OfficialPdf.cell(files, file[0], f.normal());
                OfficialPdf.cell(files, file[1], f.normal());
                OfficialPdf.cell(files, file[2], f.small());
            }
            doc.add(files);

            QrFooter.add(doc, c.statusUrl(), "Status laporan ini dapat diperiksa dengan memindai kode QR "
                    + "(memuat kode akses; simpan tanda terima ini) atau di halaman Cek Status Laporan dengan nomor tanda "
                    + "terima dan kode akses.\n\n" + OfficialPdf.ELECTRONIC, f.small());
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the receipt " + c.receipt(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
