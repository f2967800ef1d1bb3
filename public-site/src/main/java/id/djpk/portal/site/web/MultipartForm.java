package id.djpk.portal.site.web;

import id.djpk.portal.system.PortalConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A submitted {@code multipart/form-data} form, read the one safe way for every public form and API: each text
 * field into memory up to its limit ({@link RequestLimits#TEXT_BYTES}, long texts
 * {@link RequestLimits#LONG_TEXT_BYTES}), each file field onto disk up to its own limit, the whole body up to
 * the route's limit. A text field over its limit stops the reading at once with
 * {@link InputTooLargeException}; a file over its limit is kept only to one byte past it (so the document
 * store refuses it beside its field, as any other wrong file) and its rest is discarded. Close the form to
 * delete the spooled files.
 */
public final class MultipartForm implements AutoCloseable {

    /** More parts than any form has: a body of thousands of empty fields is refused as malformed. */
    static final int MAX_PARTS = 200;

    private final Map<String, List<String>> values = new HashMap<>();
    private final Map<String, List<Upload>> uploads = new HashMap<>();

    /**
     * What a form accepts: its file fields with their limits in bytes, its long text fields, and the file fields
     * that may come more than once (Email Lapor's {@code file}); of any other file field only the first is read.
     */
    public record Spec(Map<String, Long> files, Set<String> longTexts, Set<String> repeatedFiles) {
        public Spec(Map<String, Long> files, Set<String> longTexts) {
            this(files, longTexts, Set.of());
        }
    }

    /** A file as it arrived (at most one byte past its limit; {@link #size} counts every byte sent). */
    public record Upload(String fileName, Path file, long size) {
        public boolean isEmpty() {
            return size == 0;
        }

        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    private MultipartForm() {
    }

    /** Reads the request's body, whose limit is that of {@link RequestLimits#bodyLimit} for its address. */
    public static MultipartForm read(HttpServletRequest request, Spec spec, PortalConfig config) throws IOException {
        String boundary = MultipartParser.boundary(request.getContentType());
        if (boundary == null) {
            throw new MalformedFormException();
        }
        long limit = RequestLimits.bodyLimit(RequestLimits.path(request));
        if (request.getContentLengthLong() > limit) {
            throw new InputTooLargeException(null, limit);
        }
        Path dir = config.dataDir().resolve("tmp");
        Files.createDirectories(dir);
        InputStream body = new LimitedInputStream(request.getInputStream(), limit);
        return read(body, boundary, spec, dir);
    }

    static MultipartForm read(InputStream body, String boundary, Spec spec, Path spoolDir) throws IOException {
        MultipartForm form = new MultipartForm();
        try {
            MultipartParser parser = new MultipartParser(body, boundary);
            MultipartParser.Header part;
            int count = 0;
            while ((part = parser.next()) != null) {
                if (++count > MAX_PARTS) {
                    throw new MalformedFormException();
                }
                Long fileLimit = spec.files().get(part.name());
                if (fileLimit != null && part.fileName() != null) {
                    if (form.uploads.containsKey(part.name()) && !spec.repeatedFiles().contains(part.name())) {
                        parser.copyBody(OutputStream.nullOutputStream(), 0, false);
                        continue;
                    }
                    Path file = Files.createTempFile(spoolDir, "form", ".part");
                    long size;
                    try (OutputStream out = Files.newOutputStream(file)) {
                        size = parser.copyBody(out, fileLimit + 1, false);
                    } catch (IOException | RuntimeException e) {
                        Files.deleteIfExists(file);
                        throw e;
                    }
                    form.uploads.computeIfAbsent(part.name(), k -> new ArrayList<>()).add(new Upload(part.fileName(), file, size));
                } else if (part.fileName() != null || fileLimit != null) {
                    // a file where text belongs, or text where a file belongs: not this form's input
                    parser.copyBody(OutputStream.nullOutputStream(), 0, false);
                } else {
                    int max = spec.longTexts().contains(part.name()) ? RequestLimits.LONG_TEXT_BYTES : RequestLimits.TEXT_BYTES;
                    ByteArrayOutputStream text = new ByteArrayOutputStream();
                    if (parser.copyBody(text, max, true) > max) {
                        throw new InputTooLargeException(part.name(), max);
                    }
                    form.values.computeIfAbsent(part.name(), k -> new ArrayList<>()).add(text.toString(StandardCharsets.UTF_8));
                }
            }
            return form;
        } catch (IOException | RuntimeException e) {
            form.close();
            throw e;
        }
    }

    /** The field's first value, or null when it was not sent. */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Every value of a repeated field (checkboxes), in the order sent. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Every text field by its first value. */
    public Map<String, String> firstValues() {
        Map<String, String> first = new HashMap<>();
        values.forEach((k, v) -> first.put(k, v.get(0)));
        return first;
    }

    /** The file sent in the field, or null when none was (an empty file input sends an empty file). */
    public Upload upload(String name) {
        List<Upload> u = uploads(name);
        return u.isEmpty() ? null : u.get(0);
    }

    /** Every file sent in a repeated file field, in the order sent, without the empty ones. */
    public List<Upload> uploads(String name) {
        return uploads.getOrDefault(name, List.of()).stream().filter(u -> !u.isEmpty()).toList();
    }

    @Override
    public void close() {
        for (Upload u : uploads.values().stream().flatMap(List::stream).toList()) {
            try {
                Files.deleteIfExists(u.file());
            } catch (IOException ignored) {
                // a leftover spool file is never read again; the tmp folder may be emptied at any time
            }
        }
        uploads.clear();
    }
}
