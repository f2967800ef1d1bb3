package id.djpk.portal.site.web;

import java.io.IOException;
import java.io.InputStream;

/** Passes at most {@code limit} bytes through; the next byte read throws {@link InputTooLargeException}. */
public class LimitedInputStream extends id.djpk.portal.system.LimitedInputStream {

    public LimitedInputStream(InputStream in, long limit) {
        super(in, limit);
    }

    @Override
    protected IOException tooLarge(long limit) {
        return new InputTooLargeException(null, limit);
    }
}
