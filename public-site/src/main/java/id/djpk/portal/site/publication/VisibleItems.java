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

/**
 * The visible publications of one {@link ContentSync} snapshot, newest first (document date, then id, as
 * {@code PublicationService.visible} orders them), with a list per type, per year and per topic: a listing page is
 * answered from memory by walking the shortest list its filters allow, without a count query or entity loading.
 * Immutable; a new snapshot makes a new one.
 */
final class VisibleItems {

    static final VisibleItems EMPTY = new VisibleItems(List.of());

    static final Comparator<PublicItem> NEWEST_FIRST = Comparator.comparing(PublicItem::docDate)
            .thenComparing(PublicItem::id).reversed();

    private final List<PublicItem> newestFirst;
    private final Map<PublicationType, List<PublicItem>> byType = new HashMap<>();
    private final Map<Integer, List<PublicItem>> byYear = new HashMap<>();
    private final Map<String, List<PublicItem>> byTopic = new HashMap<>();

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
        List<PublicItem> base = newestFirst;
        if (query.type() != null) {
            base = shorter(base, byType.get(query.type()));
        }
        if (query.year() != null) {
            base = shorter(base, byYear.get(query.year()));
        }
        boolean byTopicFilter = query.topic() != null && !query.topic().isBlank();
        if (byTopicFilter) {
            base = shorter(base, byTopic.get(query.topic()));
        }
        long from = (long) query.page() * query.size();
        long to = from + query.size();
        List<PublicItem> page = new ArrayList<>(query.size());
        long total = 0;
        for (PublicItem i : base) {
            if ((query.type() == null || i.type() == query.type())
                    && (query.year() == null || i.docDate().getYear() == query.year())
                    && (!byTopicFilter || i.topics().contains(query.topic()))) {
                if (total >= from && total < to) {
                    page.add(i);
                }
                total++;
            }
        }
        return new ResultPage<>(List.copyOf(page), total, query.page(), query.size());
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
