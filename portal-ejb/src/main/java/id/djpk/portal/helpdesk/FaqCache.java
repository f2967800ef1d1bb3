package id.djpk.portal.helpdesk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * The FAQ index of this application, rebuilt when the published entries changed: the caller passes the
 * revision it read from the database (count and latest change), so every public-site instance follows the
 * database without being told.
 */
@ApplicationScoped
class FaqCache {

    private record Snapshot(String revision, FaqIndex index) {
    }

    private volatile Snapshot snapshot;

    FaqIndex index(String revision, Supplier<Collection<FaqIndex.Entry>> entries) {
        Snapshot s = snapshot;
        if (s == null || !s.revision().equals(revision)) {
            s = new Snapshot(revision, new FaqIndex(entries.get()));
            snapshot = s;
        }
        return s.index();
    }
}
