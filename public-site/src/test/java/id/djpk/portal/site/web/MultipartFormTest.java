package id.djpk.portal.site.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartFormTest {

    private static final String B = "----b0undary";
    private static final MultipartForm.Spec SPEC = new MultipartForm.Spec(Map.of("scan", 1000L), Set.of("message"));

    @TempDir
    Path spool;

    @Test
    void readsTextsRepeatedFieldsAndFiles() throws IOException {
        byte[] pdf = new byte[700];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) ('\r' + i % 7); // carriage returns and dashes inside a file are data
        }
        try (MultipartForm form = MultipartForm.read(body(text("name", "Siti Aminah"), text("topics", "DAU"),
                text("topics", "DBH"), text("message", "baris satu\r\n--baris dua"), file("scan", "ktp.pdf", pdf)),
                B, SPEC, spool)) {
            assertEquals("Siti Aminah", form.value("name"));
            assertEquals(List.of("DAU", "DBH"), form.values("topics"));
            assertEquals("baris satu\r\n--baris dua", form.value("message"));
            assertEquals("ktp.pdf", form.upload("scan").fileName());
            try (InputStream in = form.upload("scan").open()) {
                assertArrayEquals(pdf, in.readAllBytes());
            }
            Path spooled = form.upload("scan").file();
            assertTrue(Files.exists(spooled));
            form.close();
            assertTrue(Files.notExists(spooled), "closing deletes the spooled file");
        }
    }

    @Test
    void aRepeatedFileFieldKeepsEveryFileAnOtherFieldItsFirst() throws IOException {
        MultipartForm.Spec spec = new MultipartForm.Spec(Map.of("file", 1000L, "scan", 1000L), Set.of(), Set.of("file"));
        try (MultipartForm form = MultipartForm.read(body(file("file", "a.pdf", new byte[] {1}), file("scan", "1.pdf", new byte[] {2}),
                file("file", "kosong.pdf", new byte[0]), file("file", "b.xlsx", new byte[] {3, 4}), file("scan", "2.pdf", new byte[] {5})),
                B, spec, spool)) {
            assertEquals(List.of("a.pdf", "b.xlsx"), form.uploads("file").stream().map(MultipartForm.Upload::fileName).toList(),
                    "in the order sent, the empty file input left out");
            assertEquals("a.pdf", form.upload("file").fileName());
            assertEquals(List.of("1.pdf"), form.uploads("scan").stream().map(MultipartForm.Upload::fileName).toList());
            List<Path> spooled = form.uploads("file").stream().map(MultipartForm.Upload::file).toList();
            form.close();
            assertTrue(spooled.stream().allMatch(Files::notExists), "closing deletes every spooled file");
        }
    }

    @Test
    void aTextFieldOverItsLimitStopsTheReadingAtOnce() throws IOException {
        // a text part of 200 MB that is never in memory: the reading stops a few KB in
        CountingStream endless = new CountingStream(200L * 1024 * 1024);
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(("--" + B + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8)), endless)));
        InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> MultipartForm.read(in, B, SPEC, spool));
        assertEquals("name", e.field());
        assertEquals(RequestLimits.TEXT_BYTES, e.limitBytes());
        assertTrue(endless.read < 200 * 1024, "read only " + endless.read + " bytes of it");
    }

    @Test
    void longTextsHaveTheirOwnLimit() throws IOException {
        String message = "a".repeat(RequestLimits.TEXT_BYTES * 2);
        try (MultipartForm form = MultipartForm.read(body(text("message", message)), B, SPEC, spool)) {
            assertEquals(message, form.value("message"));
        }
        InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> MultipartForm.read(
                body(text("message", "a".repeat(RequestLimits.LONG_TEXT_BYTES + 1))), B, SPEC, spool));
        assertEquals("message", e.field());
    }

    @Test
    void aFileOverItsLimitIsKeptOnlyToOneBytePastIt() throws IOException {
        try (MultipartForm form = MultipartForm.read(body(file("scan", "ktp.pdf", new byte[5000]), text("name", "Ani")),
                B, SPEC, spool)) {
            assertEquals(5000, form.upload("scan").size());
            assertEquals(1001, Files.size(form.upload("scan").file()));
            assertEquals("Ani", form.value("name"), "the fields after the file are read");
        }
    }

    @Test
    void filesWhereTextBelongsAndEmptyFileInputsAreNoFiles() throws IOException {
        try (MultipartForm form = MultipartForm.read(body(file("name", "x.pdf", new byte[10]), file("scan", "", new byte[0])),
                B, SPEC, spool)) {
            assertNull(form.value("name"));
            assertNull(form.upload("scan"));
        }
    }

    @Test
    void theWholeBodyHasALimit() {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(body(file("scan", "a.pdf", new byte[900]))
                .readAllBytes()), 500);
        InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> MultipartForm.read(in, B, SPEC, spool));
        assertNull(e.field());
    }

    @Test
    void malformedBodiesAreRefused() {
        assertThrows(MalformedFormException.class, () -> MultipartForm.read(
                new ByteArrayInputStream("no boundary here".getBytes(StandardCharsets.UTF_8)), B, SPEC, spool));
        assertThrows(MalformedFormException.class, () -> MultipartForm.read(new ByteArrayInputStream(("--" + B
                + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated").getBytes(StandardCharsets.UTF_8)),
                B, SPEC, spool));
        assertThrows(MalformedFormException.class, () -> MultipartForm.read(new ByteArrayInputStream(("--" + B
                + "\r\nX-Padding: " + "x".repeat(MultipartParser.MAX_HEADER_BYTES)).getBytes(StandardCharsets.UTF_8)),
                B, SPEC, spool));
        assertNull(MultipartParser.boundary("application/json"));
        assertEquals("abc", MultipartParser.boundary("multipart/form-data; boundary=\"abc\""));
    }

    private static String text(String name, String value) {
        return "--" + B + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static byte[] file(String name, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + B + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static ByteArrayInputStream body(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("preamble\r\n".getBytes(StandardCharsets.UTF_8));
        for (Object p : parts) {
            out.writeBytes(p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p);
        }
        out.writeBytes(("--" + B + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new ByteArrayInputStream(out.toByteArray());
    }

    /** The letter x, {@code size} times, generated as it is read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }
}
