package id.djpk.portal.system;

import java.io.Serializable;
import java.util.List;

/** One broken input rule: the field it concerns and a message key with its arguments. */
public record Violation(String field, String key, List<Object> arguments) implements Serializable {

    public static Violation of(String field, String key, Object... arguments) {
        return new Violation(field, key, List.of(arguments));
    }
}
