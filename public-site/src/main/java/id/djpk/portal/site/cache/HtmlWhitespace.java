package id.djpk.portal.site.cache;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drops the indentation Facelets copies from the templates into every page (a fifth of a listing
 * page's bytes): each line break with the blanks around it becomes one line break, which a browser
 * renders exactly alike. Pages containing {@code <pre>} or {@code <textarea>}, where blanks are
 * content, are left untouched. Works on UTF-8 bytes directly: multi-byte characters never contain
 * ASCII blanks.
 */
public final class HtmlWhitespace {

    private static final byte[][] VERBATIM = {
            "<pre".getBytes(StandardCharsets.US_ASCII), "<textarea".getBytes(StandardCharsets.US_ASCII)};

    private HtmlWhitespace() {
    }

    public static byte[] collapse(byte[] html) {
        for (byte[] tag : VERBATIM) {
            if (indexOf(html, tag) >= 0) {
                return html;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length);
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
                    out.write('\n');
                } else {
                    for (int i = 0; i < pendingBlanks; i++) {
                        out.write(' ');
                    }
                }
                lineBreak = false;
                pendingBlanks = 0;
                out.write(b);
            }
        }
        if (lineBreak) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
