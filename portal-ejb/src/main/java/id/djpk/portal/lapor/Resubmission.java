package id.djpk.portal.lapor;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * What a report is against the earlier submissions of its region, type and period: a file already received there
 * (the same SHA-256, in any version of any earlier submission) makes it a {@link Kind#DUPLICATE} answered with the
 * first receipt that holds it, nothing stored; otherwise it is a new version {@link Kind#SUPERSEDES superseding} the
 * submission in force, or simply {@link Kind#NEW}. The same file for another region, type or period is no duplicate.
 */
public record Resubmission(Kind kind, String receipt) {

    public enum Kind { NEW, DUPLICATE, SUPERSEDES }

    /** Which report a submission is for. */
    public record Key(String regionCode, String typeCode, String period) {
    }

    /** An earlier submission: its receipt and key, when it came, whether a newer one superseded it, its files' hashes. */
    public record Earlier(String receipt, Key key, Instant receivedAt, boolean superseded, Set<String> sha256) {
    }

    static final Resubmission NEW = new Resubmission(Kind.NEW, null);

    /** The decision for files with {@code sha256} sent for {@code key}, given the submissions received before. */
    public static Resubmission of(Key key, Set<String> sha256, Collection<Earlier> earlier) {
        Optional<Earlier> same = earlier.stream().filter(e -> e.key().equals(key))
                .filter(e -> e.sha256().stream().anyMatch(sha256::contains))
                .min(Comparator.comparing(Earlier::receivedAt));
        if (same.isPresent()) {
            return new Resubmission(Kind.DUPLICATE, same.get().receipt());
        }
        return earlier.stream().filter(e -> e.key().equals(key) && !e.superseded())
                .max(Comparator.comparing(Earlier::receivedAt))
                .map(e -> new Resubmission(Kind.SUPERSEDES, e.receipt())).orElse(NEW);
    }

    /** The receipt this one supersedes, when it does. */
    public Optional<String> supersedes() {
        return kind == Kind.SUPERSEDES ? Optional.of(receipt) : Optional.empty();
    }
}
