package id.djpk.portal.site.web;

import java.io.IOException;

/**
 * A request body, or one field of it, longer than its limit. Thrown while reading, as soon as the limit is
 * passed: the rest is never read into memory. {@code field} is null when the whole body is too large.
 */
public class InputTooLargeException extends IOException {

    private final String field;
    private final long limitBytes;

    public InputTooLargeException(String field, long limitBytes) {
        super((field == null ? "request body" : "field " + field) + " over " + limitBytes + " bytes");
        this.field = field;
        this.limitBytes = limitBytes;
    }

    public String field() {
        return field;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
