package id.djpk.portal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {

    @TempDir
    Path dir;
    DocumentStore store;

    @BeforeEach
    void setUp() {
        store = new DocumentStore(PortalConfig.of(dir, 1024 * 1024));
    }

    StoredFile put(byte[] bytes, String name) {
        return store.storeWithText(new ByteArrayInputStream(bytes), name, FileKind.PUBLICATION, 1024 * 1024);
    }

    @Test
    void aRealPdfIsKeptWithHashSizeAndText() throws Exception {
        byte[] pdf = TestFiles.pdf("Penyaluran Dana Alokasi Umum");
        StoredFile f = put(pdf, "PMK-91-2023.pdf");
        assertEquals("application/pdf", f.mediaType());
        assertEquals(pdf.length, f.sizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), f.sha256());
        assertTrue(f.text().contains("Penyaluran Dana Alokasi Umum"), f.text());
        assertTrue(Files.exists(store.pathOf(f.storageKey())));
    }

    @Test
    void aPdfThatIsNotAPdfIsRefusedAndNothingIsKept() throws IOException {
        BusinessException e = assertThrows(BusinessException.class, () -> put(TestFiles.fakePdf(), "surat.pdf"));
        assertEquals("file.contentMismatch", e.getKey());
        assertEquals(0, storedFiles());
    }

    @Test
    void spreadsheetsAndCsvAreRecognised() {
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", put(TestFiles.xlsx(), "apbd.xlsx").mediaType());
        assertEquals("text/csv", put(TestFiles.csv(), "apbd.csv").mediaType());
    }

    @Test
    void aZipNamedXlsxIsRefusedWhenItsContentIsAnImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertEquals("file.contentMismatch", assertThrows(BusinessException.class, () -> put(png, "data.xlsx")).getKey());
    }

    @Test
    void otherTypesAndOversizedFilesAreRefused() throws IOException {
        assertEquals("file.typeNotAllowed", assertThrows(BusinessException.class, () -> put(TestFiles.csv(), "run.exe")).getKey());
        assertEquals("file.typeNotAllowed", assertThrows(BusinessException.class, () -> put(TestFiles.csv(), "noextension")).getKey());
        byte[] big = new byte[1024 * 1024 + 1];
        BusinessException e = assertThrows(BusinessException.class, () -> put(big, "big.csv"));
        assertEquals("file.tooLarge", e.getKey());
        assertEquals(0, storedFiles());
    }

    @Test
    void pathsInNamesAreDropped() {
        assertEquals("x.pdf", DocumentStore.cleanName("../../etc/x.pdf"));
        assertEquals("x.pdf", DocumentStore.cleanName("C:\\Users\\a\\x.pdf"));
        assertThrows(IllegalArgumentException.class, () -> store.pathOf("../../etc/passwd"));
    }

    long storedFiles() throws IOException {
        Path files = dir.resolve("files");
        if (!Files.exists(files)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(files)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
