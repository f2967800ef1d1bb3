package id.djpk.portal.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A streaming reader of {@code multipart/form-data} (RFC 7578): one part at a time, its headers and then its
 * body through a small buffer, so that nothing but the buffer is ever held in memory whatever a part's size.
 * What to keep of a body, and how much, is for the caller ({@link MultipartForm}).
 */
final class MultipartParser {

    /** A part's headers, all of them together, may not be longer (browsers send a few hundred bytes). */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[64 * 1024];
    private int head;
    private int tail;
    private boolean eof;
    // true from the start: the preamble before the first boundary is read (and skipped) like a body
    private boolean inBody = true;
    private boolean finished;

    MultipartParser(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the first boundary has no line break before it: pretend there was one
        buf[0] = '\r';
        buf[1] = '\n';
        tail = 2;
    }

    /** The boundary of a {@code multipart/form-data} content type, or null when there is none. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length()).trim();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 70 ? null : b;
            }
        }
        return null;
    }

    /** A part's name and, for a file, the name the sender gave it. */
    record Header(String name, String fileName) {
    }

    /** The next part's header, with its body ready for {@link #readBody}; null after the last part. */
    Header next() throws IOException {
        if (finished) {
            return null;
        }
        // whatever the caller left of the previous body (or the preamble before the first part) is skipped
        while (readBody(buf, 0, 0, true) >= 0) {
            // skipping
        }
        // after a delimiter: "--" ends the body, otherwise optional padding and a line break
        int a = readByte();
        int b = readByte();
        if (a == '-' && b == '-') {
            finished = true;
            return null;
        }
        while (a == ' ' || a == '\t') {
            a = b;
            b = readByte();
        }
        if (a != '\r' || b != '\n') {
            throw new MalformedFormException();
        }
        Header header = headers();
        inBody = true;
        return header;
    }

    /**
     * Copies the current part's body to {@code out}, at most {@code max} bytes, and returns how many it had in
     * all. With {@code stopOver} it stops reading as soon as the body is longer than {@code max} and returns
     * {@code max + 1}; otherwise the rest is read and discarded.
     */
    long copyBody(OutputStream out, long max, boolean stopOver) throws IOException {
        byte[] chunk = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = readBody(chunk, 0, chunk.length, false)) >= 0) {
            if (total < max) {
                out.write(chunk, 0, (int) Math.min(n, max - total));
            }
            total += n;
            if (stopOver && total > max) {
                return max + 1;
            }
        }
        return total;
    }

    /** Reads the current body; -1 once its delimiter is reached. With {@code skip} it only discards. */
    private int readBody(byte[] out, int off, int len, boolean skip) throws IOException {
        if (!inBody) {
            return -1;
        }
        while (true) {
            fill(delimiter.length);
            int found = indexOfDelimiter();
            int available = found >= 0 ? found - head : Math.max(0, tail - head - (delimiter.length - 1));
            if (found == head) {
                head += delimiter.length;
                inBody = false;
                return -1;
            }
            if (available > 0) {
                int n = skip ? available : Math.min(len, available);
                if (!skip) {
                    System.arraycopy(buf, head, out, off, n);
                }
                head += n;
                if (skip) {
                    continue;
                }
                return n;
            }
            if (eof) {
                throw new MalformedFormException();
            }
        }
    }

    private int indexOfDelimiter() {
        int last = tail - delimiter.length;
        outer:
        for (int i = head; i <= last; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Header headers() throws IOException {
        String name = null;
        String fileName = null;
        int total = 0;
        while (true) {
            StringBuilder line = new StringBuilder();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            while (true) {
                int c = readByte();
                if (++total > MAX_HEADER_BYTES) {
                    throw new MalformedFormException();
                }
                if (c == '\r') {
                    if (readByte() != '\n') {
                        throw new MalformedFormException();
                    }
                    break;
                }
                bytes.write(c);
            }
            line.append(bytes.toString(StandardCharsets.UTF_8));
            if (line.length() == 0) {
                break;
            }
            int colon = line.indexOf(":");
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                for (String param : splitParams(line.substring(colon + 1))) {
                    int eq = param.indexOf('=');
                    if (eq < 0) {
                        continue;
                    }
                    String key = param.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                    String value = unquote(param.substring(eq + 1).trim());
                    if (key.equals("name")) {
                        name = value;
                    } else if (key.equals("filename")) {
                        fileName = value;
                    }
                }
            }
        }
        if (name == null) {
            throw new MalformedFormException();
        }
        return new Header(name, fileName);
    }

    private static java.util.List<String> splitParams(String s) {
        java.util.List<String> params = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                params.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        params.add(current.toString());
        return params;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return v;
    }

    private int readByte() throws IOException {
        fill(1);
        if (head >= tail) {
            throw new MalformedFormException();
        }
        return buf[head++] & 0xff;
    }

    /** Makes at least {@code need} bytes available unless the input ends first. */
    private void fill(int need) throws IOException {
        if (tail - head >= need || eof) {
            return;
        }
        if (head > 0) {
            System.arraycopy(buf, head, buf, 0, tail - head);
            tail -= head;
            head = 0;
        }
        while (tail - head < need && !eof) {
            int n = in.read(buf, tail, buf.length - tail);
            if (n < 0) {
                eof = true;
            } else {
                tail += n;
            }
        }
    }
}
