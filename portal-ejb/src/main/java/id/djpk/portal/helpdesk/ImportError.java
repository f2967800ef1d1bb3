package id.djpk.portal.helpdesk;

import java.io.Serializable;
import java.util.List;

/** One line of the validation report: where (line of the file, column name) and why (a message key). */
public record ImportError(int line, String column, String key, List<Object> arguments) implements Serializable {

    static ImportError of(int line, String column, String key, Object... arguments) {
        return new ImportError(line, column, key, List.of(arguments));
    }
}
