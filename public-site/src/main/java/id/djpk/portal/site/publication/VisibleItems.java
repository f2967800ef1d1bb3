package id.djpk.portal.site.publication;

import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The visible publications of one {@link ContentSync} snapshot, newest first (document date, then id, as
 * {@code PublicationService.visible} orders them), with a list per type, per year and per topic: a listing page is
 * answered from memory, without a count query or entity loading. The first page asked of a filter combination walks
 * the shortest list its filters allow and keeps what matched, so every later page of it (the deep pages of a type, a
 * crawler walking a year) is a slice of that list instead of a walk over up to all publications. What is kept is
 * bounded by the data: only combinations that match something are kept (a filter value from an address that matches
 * nothing keeps nothing), and each publication is in at most eight of them (each filter given or not).
 * Immutable as seen from outside; a new snapshot makes a new one.
 */
final class VisibleItems {

    static final VisibleItems EMPTY = new VisibleItems(List.of());

    static final Comparator<PublicItem> NEWEST_FIRST = Comparator.comparing(PublicItem::docDate)
            .thenComparing(PublicItem::id).reversed();

    private final List<PublicItem> newestFirst;
    private final Map<PublicationType, List<PublicItem>> byType = new HashMap<>();
    private final Map<Integer, List<PublicItem>> byYear = new HashMap<>();
    private final Map<String, List<PublicItem>> byTopic = new HashMap<>();
    /** The publications of each filter combination asked so far that matched any, newest first. */
    private final Map<Filter, List<PublicItem>> matching = new ConcurrentHashMap<>();

    private record Filter(PublicationType type, Integer year, String topic) {
    }

    VisibleItems(Collection<PublicItem> items) {
        List<PublicItem> sorted = new ArrayList<>(items);
        sorted.sort(NEWEST_FIRST);
        newestFirst = List.copyOf(sorted);
        for (PublicItem i : newestFirst) {
            byType.computeIfAbsent(i.type(), k -> new ArrayList<>()).add(i);
            byYear.computeIfAbsent(i.docDate().getYear(), k -> new ArrayList<>()).add(i);
            for (String t : i.topics()) {
                byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The page of the query's filters, and how many match them. */
    ResultPage<PublicItem> page(PublicationQuery query) {
        String topic = query.topic() == null || query.topic().isBlank() ? null : query.topic();
        List<PublicItem> all = matching(new Filter(query.type(), query.year(), topic));
        int from = (int) Math.min(all.size(), (long) query.page() * query.size());
        int to = (int) Math.min(all.size(), (long) from + query.size());
        return new ResultPage<>(List.copyOf(all.subList(from, to)), all.size(), query.page(), query.size());
    }

    private List<PublicItem> matching(Filter f) {
        if (f.type() == null && f.year() == null && f.topic() == null) {
            return newestFirst;
        }
        List<PublicItem> kept = matching.get(f);
        if (kept != null) {
            return kept;
        }
        List<PublicItem> base = newestFirst;
        if (f.type() != null) {
            base = shorter(base, byType.get(f.type()));
        }
        if (f.year() != null) {
            base = shorter(base, byYear.get(f.year()));
        }
        if (f.topic() != null) {
            base = shorter(base, byTopic.get(f.topic()));
        }
        List<PublicItem> found = new ArrayList<>();
        for (PublicItem i : base) {
            if ((f.type() == null || i.type() == f.type())
                    && (f.year() == null || i.docDate().getYear() == f.year())
                    && (f.topic() == null || i.topics().contains(f.topic()))) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<PublicItem> list = List.copyOf(found);
        // two threads asking the same new combination at once both walk; the first kept is the one both use next
        List<PublicItem> previous = matching.putIfAbsent(f, list);
        return previous != null ? previous : list;
    }

    /** How many filter combinations are kept (for tests). */
    int combinationsKept() {
        return matching.size();
    }

    int size() {
        return newestFirst.size();
    }

    private static List<PublicItem> shorter(List<PublicItem> current, List<PublicItem> candidate) {
        if (candidate == null) {
            return List.of();
        }
        return candidate.size() < current.size() ? candidate : current;
    }
}
