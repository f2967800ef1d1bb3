package id.djpk.portal.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A complete response: body, content type and the headers worth replaying; once it is kept in the cache, also its
 * body gzip-compressed ({@link #compressed()}), so that a client which accepts gzip gets fewer bytes without the
 * server compressing on every request.
 */
public final class CachedPage {

    /** One response header. */
    public record Header(String name, String value) {
    }

    /** Replayed from the cache; everything else (dates, cookies, server-specific headers) is not. */
    static final Set<String> KEPT_HEADERS = Set.of("content-language", "content-disposition", "vary", "link",
            "access-control-allow-origin");

    private final int status;
    private final String contentType;
    private final List<Header> headers;
    private final byte[] body;
    private final String etag;
    private final boolean storable;
    private final long createdNanos;
    private final byte[] gzipBody;
    private final String gzipEtag;

    /** Bodies smaller than this are sent as they are: gzip's header and trailer would eat most of the gain. */
    static final int MIN_GZIP_BYTES = 512;

    private CachedPage(int status, String contentType, List<Header> headers, byte[] body, boolean storable,
                       long createdNanos) {
        this(status, contentType, headers, body, etagOf(body), storable, createdNanos, null);
    }

    private CachedPage(int status, String contentType, List<Header> headers, byte[] body, String etag, boolean storable,
                       long createdNanos, byte[] gzipBody) {
        this.status = status;
        this.contentType = contentType;
        this.headers = headers;
        this.body = body;
        this.etag = etag;
        this.storable = storable;
        this.createdNanos = createdNanos;
        this.gzipBody = gzipBody;
        // another representation, another strong validator (RFC 9110 8.8.3)
        this.gzipEtag = gzipBody == null ? null : etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /**
     * This page with its body also gzip-compressed, if its type is text and compressing saves bytes; else this page.
     * Called once, when the page is kept, so a cache hit never compresses.
     */
    public CachedPage compressed() {
        if (gzipBody != null || body.length < MIN_GZIP_BYTES || !isCompressible(contentType)) {
            return this;
        }
        byte[] gz = gzip(body);
        return gz.length >= body.length ? this
                : new CachedPage(status, contentType, headers, body, etag, storable, createdNanos, gz);
    }

    /** Text, HTML, XML, JSON and feeds; not what is compressed already (PDF, images, archives). */
    static boolean isCompressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || t.startsWith("application/json") || t.startsWith("application/xml")
                || t.contains("+xml") || t.contains("+json") || t.startsWith("application/javascript");
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not reached: memory only
        }
        return out.toByteArray();
    }

    /**
     * A response as the application produced it. Only a 200 with a body, no cookie and no
     * {@code no-store}/{@code private} may be cached: a cookie belongs to one reader only.
     */
    public static CachedPage of(int status, String contentType, List<Header> allHeaders, byte[] body, long nowNanos) {
        boolean storable = status == 200 && contentType != null && body != null;
        for (Header h : allHeaders) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (name.equals("set-cookie") || name.equals("set-cookie2")) {
                storable = false;
            } else if (name.equals("cache-control")) {
                String v = h.value() == null ? "" : h.value().toLowerCase(Locale.ROOT);
                if (v.contains("no-store") || v.contains("private") || v.contains("no-cache")) {
                    storable = false;
                }
            }
        }
        List<Header> kept = allHeaders.stream()
                .filter(h -> KEPT_HEADERS.contains(h.name().toLowerCase(Locale.ROOT)))
                .toList();
        return new CachedPage(status, contentType, kept, body == null ? new byte[0] : body, storable, nowNanos);
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public List<Header> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    /** A strong validator from the content: unchanged pages keep it across content revisions. */
    public String etag() {
        return etag;
    }

    /** The body gzip-compressed, or null when this page has no compressed form ({@link #compressed()}). */
    public byte[] gzipBody() {
        return gzipBody;
    }

    /** The validator of the compressed form, or null. */
    public String gzipEtag() {
        return gzipEtag;
    }

    public boolean isStorable() {
        return storable;
    }

    long createdNanos() {
        return createdNanos;
    }

    /** Memory the entry holds, roughly: the body, its compressed form and the small fixed parts. */
    long weight() {
        return body.length + (gzipBody == null ? 0L : gzipBody.length) + 256L;
    }

    private static String etagOf(byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(body == null ? new byte[0] : body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            return "\"" + HexFormat.of().toHexDigits(new String(body, StandardCharsets.ISO_8859_1).hashCode()) + "\"";
        }
    }
}
