package id.djpk.portal.site.web;

import java.io.IOException;

/** A body that is not a well-formed form: no boundary, endless part headers, a part without a name, too many parts. */
public class MalformedFormException extends IOException {

    public MalformedFormException() {
        super("malformed form body");
    }
}
