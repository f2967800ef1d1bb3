package id.djpk.portal.lapor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
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
        Font title = new Font(Font.HELVETICA, 12, Font.BOLD);
        Font normal = new Font(Font.HELVETICA, 10);
        Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Tanda Terima " + c.receipt());
            doc.addAuthor("Direktorat Jenderal Perimbangan Keuangan");
            doc.open();
            Paragraph head = new Paragraph("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PERIMBANGAN KEUANGAN\n\n"
                    + "TANDA TERIMA LAPORAN (EMAIL LAPOR)", title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(14);
            doc.add(head);
            PdfPTable t = new PdfPTable(new float[] {1.3f, 3f});
            t.setWidthPercentage(100);
            t.setSpacingAfter(10);
            String[][] rows = {{"Nomor tanda terima", c.receipt()}, {"Waktu diterima", c.received()},
                    {"Pemerintah daerah", c.region()}, {"Instansi/SKPD", c.institution()}, {"Pengirim", c.sender()},
                    {"Jenis laporan", c.type()}, {"Periode", c.period()}, {"Batas waktu", c.deadline()},
                    {"Ketepatan waktu", c.timeliness()}};
            for (String[] r : rows) {
                cell(t, r[0], bold);
                cell(t, r[1], normal);
            }
            doc.add(t);
            doc.add(new Paragraph("Berkas yang diterima", bold));
            PdfPTable files = new PdfPTable(new float[] {2f, 0.8f, 3.2f});
            files.setWidthPercentage(100);
            files.setSpacingBefore(4);
            for (String h : new String[] {"Nama berkas", "Ukuran (bita)", "SHA-256"}) {
                cell(files, h, bold);
            }
            for (String[] f : c.files()) {
                cell(files, f[0], normal);
                cell(files, f[1], normal);
                cell(files, f[2], small);
            }
            doc.add(files);

            QrFooter.add(doc, c.statusUrl(), "Status laporan ini dapat diperiksa dengan memindai kode QR "
                    + "(memuat kode akses; simpan tanda terima ini) atau di halaman Cek Status Laporan dengan nomor tanda "
                    + "terima dan kode akses.\n\nDirektorat Jenderal Perimbangan Keuangan\n"
                    + "Dokumen ini dibuat secara elektronik oleh portal layanan informasi DJPK.", small);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the receipt " + c.receipt(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(PdfPTable t, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null || text.isBlank() ? "-" : text, font));
        cell.setPadding(4);
        t.addCell(cell);
    }
}
