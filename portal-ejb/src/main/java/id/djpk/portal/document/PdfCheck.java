package id.djpk.portal.document;

import id.djpk.portal.system.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether an uploaded PDF is one a reader can open without harm, checked without extracting anything: it
 * opens (PDFBox with its scratch data in temporary files only, never on the heap), has at most
 * {@link #maxPages} pages, every stream inflates to at most {@link #INFLATION} times the file's size (at least
 * {@link #MIN_INFLATED_BYTES}: a decompression bomb inflates a thousandfold), and all of it within
 * {@link #timeLimit}. The checks run on a small pool of their own ({@value #THREADS} threads, {@value #QUEUE}
 * waiting), so a flood of uploads waits or is refused instead of taking every request thread.
 */
public final class PdfCheck {

    /** Pages an anonymous upload (an ID scan, a request letter) may have. */
    public static final int MAX_PAGES = 100;
    /** Objects a PDF may hold; a scanned letter has a few dozen. */
    static final int MAX_OBJECTS = 100_000;
    static final int INFLATION = 50;
    static final long MIN_INFLATED_BYTES = 16L * 1024 * 1024;
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    static final int THREADS = 2;
    static final int QUEUE = 16;

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "pdf-check-" + THREAD_NUMBER.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    static {
        POOL.allowCoreThreadTimeOut(true);
    }

    private final int maxPages;
    private final Duration timeLimit;

    PdfCheck(int maxPages, Duration timeLimit) {
        this.maxPages = maxPages;
        this.timeLimit = timeLimit;
    }

    /** The check of anonymous uploads and files staff keep but do not publish. */
    static PdfCheck standard() {
        return new PdfCheck(MAX_PAGES, TIME_LIMIT);
    }

    /** Checks the file; refuses it with a message key naming {@code name}. */
    void check(Path file, String name) {
        Future<Void> running;
        try {
            running = POOL.submit(() -> {
                inspect(file, name);
                return null;
            });
        } catch (RejectedExecutionException e) {
            throw new BusinessException("file.checkBusy", name);
        }
        try {
            running.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new BusinessException("file.pdfTooComplex", name);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new BusinessException("file.checkBusy", name);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BusinessException b) {
                throw b;
            }
            // a PDF header but no document a reader could open
            throw new BusinessException("file.contentMismatch", name, "PDF");
        }
    }

    private void inspect(Path file, String name) throws IOException {
        long budget = Math.max(MIN_INFLATED_BYTES, Files.size(file) * INFLATION);
        try (PDDocument doc = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.getNumberOfPages() > maxPages) {
                throw new BusinessException("file.pdfTooManyPages", name, maxPages);
            }
            COSDocument cos = doc.getDocument();
            List<COSObjectKey> keys = List.copyOf(cos.getXrefTable().keySet());
            if (keys.size() > MAX_OBJECTS) {
                throw new BusinessException("file.pdfTooComplex", name);
            }
            long inflated = 0;
            for (COSObjectKey key : keys) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                COSObject object = cos.getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSStream stream) {
                    inflated += decodedLength(stream, budget - inflated);
                    if (inflated > budget) {
                        throw new BusinessException("file.pdfTooComplex", name);
                    }
                }
            }
        }
    }

    /**
     * How many bytes the stream decodes to, counted up to {@code max} (and one more when it is longer). Flate,
     * nearly every PDF's compression, is inflated here in small steps; images in their own codecs (JPEG,
     * JPEG 2000, fax, JBIG2) are left to the viewer; other filters are decoded by PDFBox.
     */
    private static long decodedLength(COSStream stream, long max) throws IOException {
        COSBase filter = stream.getFilters();
        List<COSBase> filters = new java.util.ArrayList<>();
        if (filter instanceof COSArray a) {
            a.forEach(filters::add);
        } else if (filter != null) {
            filters.add(filter);
        }
        if (filters.isEmpty()) {
            return stream.getLength();
        }
        if (filters.stream().anyMatch(f -> f == COSName.DCT_DECODE || f == COSName.JPX_DECODE
                || f == COSName.CCITTFAX_DECODE || f == COSName.JBIG2_DECODE)) {
            return stream.getLength();
        }
        if (filters.size() == 1 && (filters.get(0) == COSName.FLATE_DECODE || filters.get(0) == COSName.FLATE_DECODE_ABBREVIATION)) {
            try (InputStream raw = stream.createRawInputStream()) {
                return inflatedLength(raw, max);
            }
        }
        try (InputStream decoded = stream.createInputStream()) {
            return countUpTo(decoded, max);
        }
    }

    static long inflatedLength(InputStream raw, long max) throws IOException {
        Inflater inflater = new Inflater();
        try {
            byte[] in = new byte[16 * 1024];
            byte[] out = new byte[64 * 1024];
            long total = 0;
            while (total <= max && !Thread.currentThread().isInterrupted()) {
                if (inflater.needsInput()) {
                    int n = raw.read(in);
                    if (n < 0) {
                        break;
                    }
                    inflater.setInput(in, 0, n);
                }
                int n = inflater.inflate(out);
                total += n;
                if (inflater.finished() || (n == 0 && inflater.needsDictionary())) {
                    break;
                }
            }
            return total;
        } catch (DataFormatException e) {
            // a damaged stream: viewers show what came before the damage, and so it counts
            return 0;
        } finally {
            inflater.end();
        }
    }

    private static long countUpTo(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total <= max && (n = in.read(buffer)) >= 0) {
            total += n;
        }
        return total;
    }
}
