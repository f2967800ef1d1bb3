package id.djpk.portal.system;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes through; the next byte read throws {@link #tooLarge} ({@link TooLarge} unless a
 * subclass says otherwise). Both applications' request-body limits read bodies of unknown length through it.
 */
public class LimitedInputStream extends FilterInputStream {

    /** What a read past the limit throws, unless a subclass says otherwise ({@link #tooLarge}). */
    public static class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLarge(long limit) {
            super("input over " + limit + " bytes");
        }
    }


    private final long limit;
    private long count;
    private boolean exceeded;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Whether the input went past the limit (read by the filter after the servlet gave up). */
    public boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw tooLarge(limit);
        }
    }

    /** The exception of a read past the limit. */
    protected IOException tooLarge(long limit) {
        return new TooLarge(limit);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
