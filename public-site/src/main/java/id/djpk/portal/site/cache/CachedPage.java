package id.djpk.portal.site.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A complete response: body, content type and the headers worth replaying. */
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

    private CachedPage(int status, String contentType, List<Header> headers, byte[] body, boolean storable,
                       long createdNanos) {
        this.status = status;
        this.contentType = contentType;
        this.headers = headers;
        this.body = body;
        this.etag = etagOf(body);
        this.storable = storable;
        this.createdNanos = createdNanos;
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

    public boolean isStorable() {
        return storable;
    }

    long createdNanos() {
        return createdNanos;
    }

    /** Memory the entry holds, roughly: the body plus the small fixed parts. */
    long weight() {
        return body.length + 256L;
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
