package id.djpk.portal.site.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Drops the indentation Facelets copies from the templates into every page (a fifth of a listing
 * page's bytes): each line break with the blanks around it becomes one line break, which a browser
 * renders exactly alike. Pages containing {@code <pre>} or {@code <textarea>}, where blanks are
 * content, are left untouched. Works on UTF-8 bytes directly: multi-byte characters never contain
 * ASCII blanks.
 */
public final class HtmlWhitespace {

    private static final byte[] PRE = "<pre".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXTAREA = "<textarea".getBytes(StandardCharsets.US_ASCII);

    private HtmlWhitespace() {
    }

    /**
     * The page with its blank runs collapsed, or the same array when it has verbatim parts. It runs on every page
     * the cache stores: one pass for the verbatim tags and array writes (a search per tag and a stream written byte
     * by byte took 30-45 µs on the 19 KB listing page, this 11-12 µs; docs/benchmarks.md, issue #19).
     */
    public static byte[] collapse(byte[] html) {
        if (hasVerbatim(html)) {
            return html;
        }
        byte[] out = new byte[html.length];
        int n = 0;
        int pendingBlanks = 0;
        boolean lineBreak = false;
        for (byte b : html) {
            if (b == ' ' || b == '\t') {
                pendingBlanks++;
            } else if (b == '\n' || b == '\r') {
                lineBreak = true;
                pendingBlanks = 0;
            } else {
                if (lineBreak) {
                    out[n++] = '\n';
                } else {
                    for (int i = 0; i < pendingBlanks; i++) {
                        out[n++] = ' ';
                    }
                }
                lineBreak = false;
                pendingBlanks = 0;
                out[n++] = b;
            }
        }
        if (lineBreak) {
            out[n++] = '\n';
        }
        return n == html.length ? html : Arrays.copyOf(out, n);
    }

    /** Whether the page has a {@code <pre} or {@code <textarea}: one pass, comparing only where a tag opens. */
    static boolean hasVerbatim(byte[] html) {
        for (int i = 0; i < html.length; i++) {
            if (html[i] == '<' && (startsAt(html, i, PRE) || startsAt(html, i, TEXTAREA))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(byte[] haystack, int at, byte[] prefix) {
        if (at + prefix.length > haystack.length) {
            return false;
        }
        for (int j = 1; j < prefix.length; j++) {
            if (haystack[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
