package id.djpk.portal.site.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes at most {@code limit} bytes through; the next byte read throws {@link InputTooLargeException}. */
public class LimitedInputStream extends FilterInputStream {

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

    private void counted(long n) throws InputTooLargeException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new InputTooLargeException(null, limit);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
