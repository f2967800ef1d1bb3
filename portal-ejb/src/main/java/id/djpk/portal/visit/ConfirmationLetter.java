package id.djpk.portal.visit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import id.djpk.portal.letter.OfficialPdf;
import id.djpk.portal.letter.QrFooter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The confirmation letter the desk's confirmation sends: the schedule, the place or meeting link, the guest
 * limit and the circular's reminders, with a QR code that opens the public check of this letter.
 */
final class ConfirmationLetter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    /** What the letter says. */
    record Content(String number, LocalDate date, String bookingCode, String institution, String region,
            String contactName, VisitMode mode, LocalDate slotDate, String slotTime, String unit, String meetingLink,
            int allowedGuests, List<String> guests, String topics, String verificationUrl, String signatory) {
    }

    private ConfirmationLetter() {
    }

    static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OfficialPdf.Fonts f = OfficialPdf.fonts();
            Font normal = f.normal();
            Font bold = f.bold();
            Font small = f.small();
            Document doc = OfficialPdf.open(out, "Konfirmasi Jadwal Konsultasi " + c.bookingCode());
            OfficialPdf.letterhead(doc, f, null);

            doc.add(new Paragraph("Nomor    : " + c.number(), normal));
            doc.add(new Paragraph("Tanggal  : " + DATE.format(c.date()), normal));
            doc.add(new Paragraph("Hal      : Konfirmasi Jadwal Konsultasi " + modeName(c.mode()), normal));
            Paragraph to = new Paragraph("Yth. " + c.contactName() + "\n" + c.institution() + "\n" + c.region(), normal);
            to.setSpacingBefore(10);
            to.setSpacingAfter(10);
            doc.add(to);
            doc.add(new Paragraph("Menindaklanjuti surat permohonan konsultasi/audiensi Saudara, bersama ini kami "
                    + "sampaikan jadwal konsultasi sesuai Surat Edaran Nomor SE-2/PK.1/2024 sebagai berikut:", normal));

            PdfPTable t = new PdfPTable(new float[] {1.2f, 3f});
            t.setWidthPercentage(100);
            t.setSpacingBefore(8);
            t.setSpacingAfter(8);
            OfficialPdf.row(t, "Kode booking", c.bookingCode(), f);
            OfficialPdf.row(t, "Bentuk", modeName(c.mode()), f);
            OfficialPdf.row(t, "Hari, tanggal", c.slotDate().format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
                    Locale.forLanguageTag("id-ID"))), f);
            OfficialPdf.row(t, "Pukul", c.slotTime() + " WIB", f);
            OfficialPdf.row(t, "Unit teknis", c.unit(), f);
            OfficialPdf.row(t, "Topik", c.topics(), f);
            if (c.mode() == VisitMode.TATAP_MUKA) {
                OfficialPdf.row(t, "Tempat", "Ruang Video Conference DJPK, lantai 3", f);
                OfficialPdf.row(t, "Jumlah tamu", "paling banyak " + c.allowedGuests() + " orang: " + String.join(", ", c.guests()), f);
            } else {
                OfficialPdf.row(t, "Tautan rapat", c.meetingLink(), f);
            }
            doc.add(t);

            if (c.mode() == VisitMode.TATAP_MUKA) {
                doc.add(new Paragraph("Ketentuan (SE-2/PK.1/2024 huruf E angka 3 huruf c):", bold));
                doc.add(new Paragraph("1. Tamu melakukan registrasi di resepsionis dengan menunjukkan kode booking atau kode QR surat ini.", normal));
                doc.add(new Paragraph("2. Tamu maksimal 2 (dua) orang, atau 4 (empat) orang bila kepala daerah dan/atau ketua DPRD hadir; "
                        + "tamu melebihi jumlah tersebut tidak diterima, dan SPPD ditandatangani sesuai jumlah tamu yang diterima.", normal));
                doc.add(new Paragraph("3. Konsultasi hanya diberikan sesuai jadwal ini; pembatalan atau ketidakhadiran "
                        + "memerlukan surat permohonan baru untuk penjadwalan ulang.", normal));
            } else {
                doc.add(new Paragraph("Video conference didokumentasikan dalam bentuk rekaman dan/atau Berita Acara Konsultasi.", normal));
            }
            doc.add(new Paragraph("Layanan ini tidak dikenakan biaya apa pun (SE-2/PK.1/2024 huruf E angka 4).", normal));

            Paragraph sign = new Paragraph("Jakarta, " + DATE.format(c.date()) + "\n" + "a.n. Direktur Jenderal Perimbangan Keuangan\n"
                    + "Contact Center Dering DJPK\n\n\n" + c.signatory() + "\nPetugas Layanan Reservasi", normal);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(14);
            doc.add(sign);

            QrFooter.add(doc, c.verificationUrl(), "Keaslian surat ini dapat diperiksa dengan memindai kode QR atau "
                    + "membuka " + c.verificationUrl() + " (Cek Keaslian Surat) dengan nomor dan tanggal surat di atas.\n\n"
                    + OfficialPdf.ELECTRONIC, small);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the confirmation letter " + c.number(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String modeName(VisitMode mode) {
        return mode == VisitMode.TATAP_MUKA ? "Tatap Muka" : "Video Conference";
    }
}
