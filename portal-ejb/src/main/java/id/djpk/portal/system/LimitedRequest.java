package id.djpk.portal.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body is counted as it is read, stream or reader, and stops at a limit ({@link LimitedInputStream}):
 * both applications' request-body limits pass it on for a body of unknown length, and ask afterwards whether the
 * reading passed the limit.
 */
public class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private LimitedInputStream counted;
    private ServletInputStream stream;

    public LimitedRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    /** Whether the request's method carries a body that a limit applies to (POST, PUT, PATCH). */
    public static boolean sendsBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    /** Whether the reading went past the limit. */
    public boolean exceeded() {
        return counted != null && counted.exceeded();
    }

    /**
     * Passes this request on down the chain; true when its reading went past the limit and nothing was answered
     * yet (whoever read the body gave up with its own answer, which is discarded): the caller then refuses it.
     */
    public boolean passOn(FilterChain chain, ServletResponse response) throws IOException, ServletException {
        try {
            chain.doFilter(this, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!exceeded() || response.isCommitted()) {
                throw e;
            }
        }
        if (exceeded() && !response.isCommitted()) {
            response.reset();
            return true;
        }
        return false;
    }

    /** The counting stream over the raw body (a subclass may throw its own exception past the limit). */
    protected LimitedInputStream limited(InputStream raw, long limit) {
        return new LimitedInputStream(raw, limit);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            ServletInputStream raw = super.getInputStream();
            counted = limited(raw, limit);
            stream = new Counted(raw, counted);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** The bytes from the counting stream, the servlet's state from the raw one. */
    private static final class Counted extends ServletInputStream {
        private final ServletInputStream raw;
        private final InputStream through;

        Counted(ServletInputStream raw, InputStream through) {
            this.raw = raw;
            this.through = through;
        }

        @Override
        public int read() throws IOException {
            return through.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return through.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return raw.isFinished();
        }

        @Override
        public boolean isReady() {
            return raw.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            raw.setReadListener(listener);
        }
    }
}
