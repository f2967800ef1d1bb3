package id.djpk.portal.system;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule refused what was asked. The key names a message in
 * {@code id/djpk/portal/system/errors.properties} (Indonesian) and {@code errors_en.properties};
 * {@link Messages} fills in the arguments.
 * Rolls the transaction back, so a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public BusinessException(String key, Object... arguments) {
        super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.key = key;
        this.arguments = arguments;
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
