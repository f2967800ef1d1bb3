package id.djpk.portal.site.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the body in memory instead of sending it, and notes every header, so that the filter
 * can decide afterwards whether to keep the response. Status and headers go to the real response
 * as usual. Errors and redirects pass straight through (the container renders the error page).
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private final List<CachedPage.Header> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private CharCapture chars;
    private Charset charset;
    private boolean passedThrough;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** True once the response was handed to the container (error or redirect): nothing to send or keep. */
    boolean isPassedThrough() {
        return passedThrough;
    }

    /** What was written: the bytes of the output stream, or the characters of the writer in its encoding. */
    byte[] body() {
        if (chars == null || chars.text.length() == 0) {
            return buffer.toByteArray();
        }
        byte[] text = chars.encoded(charset);
        if (buffer.size() == 0) {
            return text;
        }
        buffer.write(text, 0, text.length);
        chars.text.setLength(0);
        return buffer.toByteArray();
    }

    List<CachedPage.Header> headers() {
        return headers;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the page cache captures synchronous responses only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            chars = new CharCapture();
            writer = new PrintWriter(chars, false);
        }
        return writer;
    }

    // the container must not commit the response before the filter has decided what to send

    @Override
    public void flushBuffer() {
        // nothing is sent before the filter decides; the writer keeps no buffer of its own
    }

    @Override
    public boolean isCommitted() {
        return passedThrough && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        if (chars != null) {
            chars.text.setLength(0);
        }
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
        headers.clear();
    }

    @Override
    public void setContentLength(int len) {
        // set by the filter from what was captured
    }

    @Override
    public void setContentLengthLong(long len) {
        // set by the filter from what was captured
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        headers.add(new CachedPage.Header("Set-Cookie", cookie.getName()));
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        headers.add(new CachedPage.Header(name, value));
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(new CachedPage.Header(name, value));
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        headers.add(new CachedPage.Header(name, Long.toString(date)));
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        headers.add(new CachedPage.Header(name, Long.toString(date)));
        super.addDateHeader(name, date);
    }

    /**
     * The writer's characters, kept as they come and encoded once by {@link #body()}: a page is written in thousands
     * of small pieces (a tag name, an attribute, an escaped text), and an encoder per piece (an OutputStreamWriter)
     * cost more than the rendering of some pages' parts.
     */
    private static final class CharCapture extends Writer {
        final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] c, int off, int len) {
            text.append(c, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            text.append(s, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence csq) {
            text.append(csq);
            return this;
        }

        @Override
        public Writer append(CharSequence csq, int start, int end) {
            text.append(csq, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            text.append(c);
            return this;
        }

        /**
         * The characters in the charset, unmappable ones replaced as String.getBytes does. Through an array-backed
         * buffer, so that the charset's encoder takes its fast path for runs of ASCII: a page with one character
         * beyond Latin-1 (an en dash) made String.getBytes encode every character one by one.
         */
        byte[] encoded(Charset charset) {
            char[] all = new char[text.length()];
            text.getChars(0, all.length, all, 0);
            try {
                ByteBuffer bytes = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(all));
                return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset() + bytes.position(),
                        bytes.arrayOffset() + bytes.limit());
            } catch (CharacterCodingException e) {
                throw new IllegalStateException("replacing encoder refused " + charset, e);
            }
        }

        @Override
        public void flush() {
            // nothing to pass on: the filter reads the body when the page is written
        }

        @Override
        public void close() {
            // the characters stay readable after the page closes its writer
        }
    }
}
