package id.djpk.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.document.FileKind;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationType;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The demo regulations and notices ship a readable PDF, marked as demo on every page. */
class DemoDocumentTest {

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void everyRegulationAndNoticeGetsADocument() {
        List<PublicationDraft> drafts = DemoData.publications();
        assertTrue(drafts.stream().filter(DemoDocument::hasDocument).count() >= 10);
        assertFalse(drafts.stream().filter(d -> d.getType() == PublicationType.BERITA).anyMatch(DemoDocument::hasDocument));
        for (PublicationDraft d : drafts) {
            if (DemoDocument.hasDocument(d)) {
                String name = DemoDocument.fileName(d);
                assertEquals(FileKind.PDF, FileKind.byFileName(name), name);
                assertTrue(name.length() <= 84 && name.matches("[a-z0-9-]+\\.pdf"), name);
            }
        }
    }

    @Test
    void aRegulationReadsAsItsCitationAndSummaryMarkedAsDemo() throws Exception {
        PublicationDraft kmk = DemoData.publications().stream()
                .filter(d -> d.getType() == PublicationType.PERATURAN && "400".equals(d.getRegulation().getNumber()))
                .findFirst().orElseThrow();
        String text = text(DemoDocument.render(kmk)).replaceAll("\\s+", " ");
        assertTrue(text.contains("KEPUTUSAN MENTERI KEUANGAN"), text);
        assertTrue(text.contains("KMK NOMOR 400 TAHUN 2023"), text);
        assertTrue(text.contains("6 November 2023"), text);
        assertTrue(text.contains("BUKAN DOKUMEN RESMI DJPK"), text);
        assertTrue(text.contains("rincian alokasi Insentif Fiskal"), text);
    }

    @Test
    void aNoticeCarriesItsLetterNumber() throws Exception {
        PublicationDraft notice = DemoData.publications().stream()
                .filter(d -> "S-146/PK/2023".equals(d.getLetterNumber())).findFirst().orElseThrow();
        String text = text(DemoDocument.render(notice)).replaceAll("\\s+", " ");
        assertTrue(text.contains("Nomor S-146/PK/2023"), text);
        assertTrue(text.contains("3 November 2023"), text);
    }
}
