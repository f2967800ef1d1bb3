package id.djpk.portal.document;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;

/** Checks and keeps uploaded files under {@code <data dir>/files}, named by their SHA-256. */
@ApplicationScoped
public class DocumentStore {

    static final int TEXT_LIMIT = 1_000_000;
    /** Tika's detector, made on the first upload rather than when the class loads (issue #19: not at start-up). */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    /** Where sealed files live: {@code sealed/<xx>/<sha-256 of the plain content>}. */
    static final String SEALED = "sealed/";

    @Inject
    PortalConfig config;

    @Inject
    Sealing sealing;

    public DocumentStore() {
    }

    /** For tests outside a container. */
    public DocumentStore(PortalConfig config) {
        this.config = config;
    }

    /** For tests outside a container, with personal files sealed with these keys. */
    public DocumentStore(PortalConfig config, Sealing sealing) {
        this.config = config;
        this.sealing = sealing;
    }

    /**
     * Accepts a file when its extension is allowed, its content really is of that type, and it is
     * not larger than the limit; otherwise refuses it with a message key and stores nothing. A PDF is only
     * checked ({@link PdfCheck}), never read for its text: anonymous uploads and files staff keep.
     */
    public StoredFile store(InputStream content, String fileName, Set<FileKind> allowed, long maxBytes) {
        return store(content, fileName, allowed, maxBytes, false, false);
    }

    /** As {@link #store}, and a PDF's text is extracted for the search index: for publications only. */
    public StoredFile storeWithText(InputStream content, String fileName, Set<FileKind> allowed, long maxBytes) {
        return store(content, fileName, allowed, maxBytes, true, false);
    }

    /**
     * As {@link #store}, for a person's own files (ID scans, what requesters send): checked the same way, then kept
     * sealed ({@link Sealing}); {@link #open} and {@link #read} give the plain content back where the private key is.
     */
    public StoredFile storePersonal(InputStream content, String fileName, Set<FileKind> allowed, long maxBytes) {
        return store(content, fileName, allowed, maxBytes, false, true);
    }

    private StoredFile store(InputStream content, String fileName, Set<FileKind> allowed, long maxBytes, boolean withText,
                             boolean sealed) {
        String name = cleanName(fileName);
        FileKind kind = FileKind.byFileName(name);
        if (kind == null || !allowed.contains(kind)) {
            throw new BusinessException("file.typeNotAllowed", name);
        }
        Path tmp = null;
        try {
            Path dir = filesDir();
            tmp = Files.createTempFile(directory(dir.resolve("tmp")), "upload", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(tmp)) {
                size = copyLimited(in, out, maxBytes);
            }
            if (size < 0) {
                throw new BusinessException("file.tooLarge", name, maxBytes / (1024 * 1024));
            }
            if (size == 0) {
                throw new BusinessException("file.empty", name);
            }
            String detected;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(tmp))) {
                detected = Detector.TIKA.detect(in, name);
            }
            if (!kind.accepts(detected)) {
                throw new BusinessException("file.contentMismatch", name, kind.name());
            }
            String text = null;
            if (kind == FileKind.PDF) {
                if (withText) {
                    text = pdfText(tmp, name);
                } else {
                    PdfCheck.standard().check(tmp, name);
                }
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            String key = (sealed ? SEALED : "") + hash.substring(0, 2) + "/" + hash;
            Path target = dir.resolve(key);
            if (!Files.exists(target)) {
                directory(target.getParent());
                if (sealed) {
                    sealInto(Files.newInputStream(tmp), target);
                } else {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return new StoredFile(name, kind.canonicalMediaType(), size, hash, key, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless; it is never read
                }
            }
        }
    }

    /**
     * The directory, made when missing. {@code Files.createDirectories} alone asks the file system to make it and
     * builds an exception when it exists, as it does for every file stored after the first few hundred.
     */
    private static Path directory(Path dir) throws IOException {
        return Files.isDirectory(dir) ? dir : Files.createDirectories(dir);
    }

    /** Seals the content into the target through a temporary file beside it: the target appears whole or not at all. */
    private void sealInto(InputStream plain, Path target) throws IOException {
        Path part = Files.createTempFile(target.getParent(), "sealed", ".part");
        try {
            try (plain; OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
                sealing.seal(plain, out);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Seals a file stored in the clear before personal files were sealed; returns its sealed key. The plain file
     * stays: the caller removes it ({@link #remove}) once nothing names it any more.
     */
    public String seal(String plainKey) {
        if (isSealed(plainKey)) {
            return plainKey;
        }
        String key = SEALED + plainKey;
        Path target = pathOf(key);
        try {
            if (!Files.exists(target)) {
                directory(target.getParent());
                sealInto(Files.newInputStream(pathOf(plainKey)), target);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a stored file (an expired ID scan, a plain copy that was sealed); nothing when it is not there. */
    public void remove(String storageKey) throws IOException {
        Files.deleteIfExists(pathOf(storageKey));
    }

    /** Whether the key names a sealed file (its content opens only where the private key is). */
    public static boolean isSealed(String storageKey) {
        return storageKey != null && storageKey.startsWith(SEALED);
    }

    public Path pathOf(String storageKey) {
        if (storageKey == null || !storageKey.matches("(sealed/)?[0-9a-f]{2}/[0-9a-f]{64}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return filesDir().resolve(storageKey);
    }

    /** A stored file's content; a sealed one opened with the private key (the staff portal's). */
    public InputStream open(String storageKey) throws IOException {
        InputStream in = Files.newInputStream(pathOf(storageKey));
        if (!isSealed(storageKey)) {
            return in;
        }
        try {
            return sealing.open(new BufferedInputStream(in));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** A stored file's bytes, for a message that carries it (an answer's attachment); files are at most tens of MB. */
    public byte[] read(String storageKey) {
        try (InputStream in = open(storageKey)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps bytes as they came, unchecked and sealed (a person's message): a channel's raw form of a message (an
     * e-mail's .eml), for staff only, never offered for download to the public. Returns the key.
     */
    public String keepRaw(byte[] content) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            String key = SEALED + hash.substring(0, 2) + "/" + hash;
            Path target = filesDir().resolve(key);
            if (!Files.exists(target)) {
                directory(target.getParent());
                sealInto(new ByteArrayInputStream(content), target);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path filesDir() {
        return config.dataDir().resolve("files");
    }

    private static String pdfText(Path file, String name) {
        // scratch data in temporary files, not on the heap: a publication may be hundreds of pages
        try (PDDocument doc = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            String text = new PDFTextStripper().getText(doc);
            return text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text;
        } catch (IOException e) {
            // a PDF header but no readable document: not a PDF a reader could open
            throw new BusinessException("file.contentMismatch", name, "PDF");
        }
    }

    /** Copies at most max bytes; returns the count, or -1 when the input is longer. */
    private static long copyLimited(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    static String cleanName(String fileName) {
        if (fileName == null) {
            return "file";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").trim();
        if (base.length() > 200) {
            base = base.substring(base.length() - 200);
        }
        return base.isEmpty() ? "file" : base;
    }
}
