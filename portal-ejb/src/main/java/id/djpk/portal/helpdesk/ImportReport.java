package id.djpk.portal.helpdesk;

import java.io.Serializable;
import java.util.List;

/** What an import did: tickets added, lines already imported before, and the validation report. */
public record ImportReport(int imported, int unchanged, List<ImportError> errors) implements Serializable {

    public boolean ok() {
        return errors.isEmpty();
    }
}
