package id.djpk.portal.ppid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.Links;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The written notice says what art. 22(7) requires, in words a requester can read back from the PDF. */
class DecisionNoticeTest {

    private static final PpidLetters LETTERS = new PpidLetters(Links.of("https://djpk.example/"));

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aGrantStatesHeldTheDecisionTheFormWhatIsGivenAndNoFee() throws IOException {
        InformationRequest r = InformationRequestTest.received("2024-05-02T09:00");
        r.decide(Decision.GRANTED, "Data realisasi TKD 2023 terlampir.", null, null, null, "ppid",
                InformationRequestTest.DEADLINES, InformationRequestTest.at("2024-05-06T10:00"));
        ReleasedInformation file = ReleasedInformation.file(r, ReleasedInformation.Kind.FILE, "Realisasi TKD 2023",
                "realisasi-tkd-2023.xlsx", "application/vnd.ms-excel", 100, "00", "k", "ppid", r.getDecidedAt());
        ReleasedInformation link = ReleasedInformation.publication(r, 7L, "APBD 2023", "apbd-2023", "ppid", r.getDecidedAt());
        byte[] pdf = DecisionNotice.render(r, List.of(file, link), LocalDate.of(2024, 5, 6), "Petugas PPID", "S-7/PK/PPID/2024",
                LETTERS);

        String text = text(pdf);
        assertTrue(text.contains("Nomor: S-7/PK/PPID/2024") && text.contains("Petugas: Petugas PPID"), "letter number and officer: " + text);
        assertTrue(text.contains("PEMBERITAHUAN TERTULIS"), text);
        assertTrue(text.contains("PPID-2024-00001"), text);
        assertTrue(text.contains("Informasi berada dalam penguasaan"), text);
        assertTrue(text.contains("Permohonan dikabulkan seluruhnya"), text);
        assertTrue(text.contains("Data realisasi TKD 2023 terlampir."), text);
        assertTrue(text.contains("realisasi-tkd-2023.xlsx"), text);
        assertTrue(text.contains("https://djpk.example/publikasi/apbd-2023"), text);
        assertTrue(text.contains("Tidak dikenakan biaya"), text);
        assertTrue(text.contains("6 Mei 2024"), text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font is embedded");
        }
    }

    @Test
    void aRefusalStatesTheGroundAndTheConsequenceTestAndNothingGiven() throws IOException {
        InformationRequest r = InformationRequestTest.received("2024-05-02T09:00");
        r.decide(Decision.REJECTED, "Informasi memuat data pribadi.", ExemptionGround.H_PERSONAL_SECRETS,
                "Membuka data gaji perorangan merugikan hak pribadi.", null, "ppid",
                InformationRequestTest.DEADLINES, InformationRequestTest.at("2024-05-06T10:00"));
        String text = text(DecisionNotice.render(r, List.of(), LocalDate.of(2024, 5, 6), "Petugas PPID", "S-8/PK/PPID/2024", LETTERS));
        assertTrue(text.contains("Permohonan ditolak"), text);
        assertTrue(text.contains("Pasal 17 huruf h"), text);
        assertTrue(text.contains("Membuka data gaji perorangan"), text);
        assertTrue(text.contains("Tidak dikenakan biaya"), text);
    }

    @Test
    void notHeldNamesTheBodyThatHoldsIt() throws IOException {
        InformationRequest r = InformationRequestTest.received("2024-05-02T09:00");
        r.decide(Decision.NOT_HELD, "Data dikelola pemerintah daerah.", null, null, "BPKAD Provinsi Jawa Barat", "ppid",
                InformationRequestTest.DEADLINES, InformationRequestTest.at("2024-05-06T10:00"));
        String text = text(DecisionNotice.render(r, List.of(), LocalDate.of(2024, 5, 6), "Petugas PPID", "S-8/PK/PPID/2024", LETTERS));
        assertTrue(text.contains("tidak berada dalam penguasaan"), text);
        assertTrue(text.contains("BPKAD Provinsi Jawa Barat"), text);
        assertFalse(text.contains("Informasi yang diberikan"), text);
    }
}
