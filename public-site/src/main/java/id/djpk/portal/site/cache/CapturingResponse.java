package id.djpk.portal.site.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    private boolean passedThrough;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** True once the response was handed to the container (error or redirect): nothing to send or keep. */
    boolean isPassedThrough() {
        return passedThrough;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
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
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(buffer, charset), false);
        }
        return writer;
    }

    // the container must not commit the response before the filter has decided what to send

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedThrough && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        buffer.reset();
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
}
