package id.djpk.portal.visit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.djpk.portal.letter.LetterService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo data of visits and letters, loaded with the rest of the demo on the first start
 * ({@link id.djpk.portal.demo.DemoData#load}): the published notices in the letter register, two requests
 * awaiting a schedule and one confirmed visit whose confirmation letter can be checked on the public site.
 */
@Stateless
public class VisitDemo implements id.djpk.portal.demo.DemoLoader {

    @Inject
    private VisitService visits;

    @Inject
    private VisitDesk desk;

    @Inject
    private LetterService letters;

    /** Returns the number of requests made. */
    public int load() {
        letters.registerPublishedNotices();
        LocalDate today = visits.today();
        submit("Pemerintah Kabupaten Bogor", "32.01", "Rina Marlina", "bpkad@bogorkab.go.id", VisitMode.TATAP_MUKA, "DAU;DBH",
                "DTU", "900/412/BPKAD/" + today.getYear(), List.of(new GuestEntry("Budi Santoso", "Kepala BPKAD", false),
                        new GuestEntry("Sri Wahyuni", "Kepala Bidang Anggaran", false)));
        submit("Pemerintah Provinsi Jawa Tengah", "33", "Agus Priyanto", "bpkad@jatengprov.go.id", VisitMode.VIDEO_CONFERENCE,
                "DAK_FISIK", null, "900.1/77/BPKAD/" + today.getYear(), List.of());
        VisitSubmission surabaya = submit("Pemerintah Kota Surabaya", "35.78", "Dewi Lestari", "bpkad@surabaya.go.id",
                VisitMode.TATAP_MUKA, "DAU;TRANSFER", "DTU", "005/1208/436.7/" + today.getYear(), List.of(
                        new GuestEntry("Eri Cahyadi", "Wali Kota", true), new GuestEntry("Ikhsan", "Kepala BPKAD", false),
                        new GuestEntry("Nanik Setyawati", "Sekretaris BPKAD", false)));
        List<Slot> proposals = desk.proposals(surabaya.code());
        if (!proposals.isEmpty()) {
            desk.confirmAs(surabaya.code(), proposals.get(0), "DTU", null, id.djpk.portal.audit.AuditTrail.SYSTEM);
        }
        return 3;
    }

    private VisitSubmission submit(String institution, String region, String contact, String email, VisitMode mode,
            String topics, String unit, String letterNumber, List<GuestEntry> guests) {
        VisitForm f = new VisitForm();
        f.setInstitution(institution);
        f.setRegionCode(region);
        f.setContactName(contact);
        f.setEmail(email);
        f.setPhone("+62 21 3449 230");
        f.setMode(mode);
        f.setTopics(topics);
        f.setPreferredUnit(unit);
        f.setLetterNumber(letterNumber);
        f.setLetterDate(visits.today().minusDays(1).toString());
        f.setGuests(guests);
        return visits.submit(f, new ByteArrayInputStream(letter(institution, letterNumber)), "surat-permohonan.pdf");
    }

    /** A one-page request letter, so the demo's requests carry a real PDF. */
    static byte[] letter(String institution, String number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph(institution.toUpperCase()));
            doc.add(new Paragraph("Nomor: " + number));
            doc.add(new Paragraph("Hal: Permohonan Konsultasi/Audiensi"));
            doc.add(new Paragraph("Yth. Direktur Jenderal Perimbangan Keuangan, Kementerian Keuangan, di Jakarta"));
            doc.add(new Paragraph("Dengan hormat, kami mengajukan permohonan konsultasi dengan unit teknis DJPK. (Data demo)"));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
