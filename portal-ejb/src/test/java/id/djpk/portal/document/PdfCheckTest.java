package id.djpk.portal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of PDFs that are kept but not published: ID scans, request letters, files staff keep. */
class PdfCheckTest {

    @TempDir
    Path dir;

    private Path write(byte[] pdf) throws IOException {
        return Files.write(dir.resolve("upload.pdf"), pdf);
    }

    @Test
    void anOrdinaryPdfPasses() throws IOException {
        PdfCheck.standard().check(write(TestFiles.pdf("Surat permohonan kunjungan")), "surat.pdf");
        PdfCheck.standard().check(write(TestFiles.pdfWithPages(PdfCheck.MAX_PAGES)), "surat.pdf");
    }

    @Test
    void aDecompressionBombIsRefused() throws IOException {
        byte[] bomb = TestFiles.pdfBomb(2);
        assertTrue(bomb.length < 5 * 1024 * 1024, "small enough for an ID scan: " + bomb.length);
        BusinessException e = assertThrows(BusinessException.class, () -> PdfCheck.standard().check(write(bomb), "ktp.pdf"));
        assertEquals("file.pdfTooComplex", e.getKey());
    }

    @Test
    void aPdfOfThousandsOfPagesIsRefused() throws IOException {
        BusinessException e = assertThrows(BusinessException.class,
                () -> PdfCheck.standard().check(write(TestFiles.pdfWithPages(5000)), "surat.pdf"));
        assertEquals("file.pdfTooManyPages", e.getKey());
    }

    @Test
    void aPdfThatDoesNotOpenIsNoPdf() throws IOException {
        byte[] broken = "%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        BusinessException e = assertThrows(BusinessException.class, () -> PdfCheck.standard().check(write(broken), "x.pdf"));
        assertEquals("file.contentMismatch", e.getKey());
    }

    @Test
    void theStoreChecksAnonymousPdfsAndExtractsTextOnlyForPublications() throws IOException {
        DocumentStore store = new DocumentStore(PortalConfig.of(dir, 10 * 1024 * 1024));
        byte[] pdf = TestFiles.pdf("Penyaluran Dana Alokasi Umum");
        assertNull(store.store(new ByteArrayInputStream(pdf), "surat.pdf", Set.of(FileKind.PDF), 1024 * 1024).text(),
                "an anonymous upload is not read for its text");
        assertTrue(store.storeWithText(new ByteArrayInputStream(pdf), "pmk.pdf", FileKind.PUBLICATION, 1024 * 1024).text()
                .contains("Penyaluran Dana Alokasi Umum"));

        BusinessException e = assertThrows(BusinessException.class, () -> store.store(
                new ByteArrayInputStream(TestFiles.pdfBomb(1)), "ktp.pdf", Set.of(FileKind.PDF), 5 * 1024 * 1024));
        assertEquals("file.pdfTooComplex", e.getKey());
        try (Stream<Path> files = Files.walk(dir.resolve("files"))) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "only the one good PDF is kept");
        }
    }
}
