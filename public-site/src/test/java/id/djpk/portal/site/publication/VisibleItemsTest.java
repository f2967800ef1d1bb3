package id.djpk.portal.site.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibleItemsTest {

    private static PublicItem item(long id, PublicationType type, LocalDate date, String... topics) {
        return new PublicItem(id, type, "Judul " + id, "judul-" + id, null, null, date, null, null, Set.of(topics), null,
                null, null, null, List.of(), null, null, null, null, null, List.of());
    }

    /** 300 items over two types, three years and two topics, in no particular order. */
    private static List<PublicItem> items() {
        List<PublicItem> all = new ArrayList<>();
        for (int i = 300; i >= 1; i--) {
            PublicationType type = i % 2 == 0 ? PublicationType.BERITA : PublicationType.PERATURAN;
            LocalDate date = LocalDate.of(2023 + i % 3, 1 + i % 12, 1 + i % 28);
            all.add(i % 5 == 0 ? item(i, type, date, "PDRD", "TRANSFER") : item(i, type, date, i % 2 == 0 ? "PDRD" : "DANA_DESA"));
        }
        return all;
    }

    /** What the database's query answers: filter, newest first by date then id, the page. */
    private static ResultPage<PublicItem> expected(List<PublicItem> all, PublicationQuery q) {
        List<PublicItem> matching = all.stream()
                .filter(i -> q.type() == null || i.type() == q.type())
                .filter(i -> q.year() == null || i.docDate().getYear() == q.year())
                .filter(i -> q.topic() == null || i.topics().contains(q.topic()))
                .sorted((a, b) -> a.docDate().equals(b.docDate()) ? Long.compare(b.id(), a.id()) : b.docDate().compareTo(a.docDate()))
                .toList();
        int from = Math.min(matching.size(), q.page() * q.size());
        return new ResultPage<>(matching.subList(from, Math.min(matching.size(), from + q.size())), matching.size(), q.page(), q.size());
    }

    @Test
    void everyFilterCombinationAndPageAsTheDatabaseWouldAnswer() {
        List<PublicItem> all = items();
        VisibleItems visible = new VisibleItems(all);
        assertEquals(300, visible.size());
        for (PublicationType type : new PublicationType[] {null, PublicationType.BERITA, PublicationType.PERATURAN, PublicationType.DATA}) {
            for (Integer year : new Integer[] {null, 2023, 2024, 2025, 2019}) {
                for (String topic : new String[] {null, "PDRD", "TRANSFER", "DANA_DESA", "IF"}) {
                    for (int page = 0; page < 17; page += 4) {
                        PublicationQuery q = new PublicationQuery(type, year, topic, page, 20);
                        assertEquals(expected(all, q), visible.page(q), q.toString());
                    }
                }
            }
        }
    }

    @Test
    void nothingVisibleIsAnEmptyList() {
        ResultPage<PublicItem> page = VisibleItems.EMPTY.page(new PublicationQuery(null, null, null, 0, 20));
        assertEquals(0, page.total());
        assertEquals(List.of(), page.items());
    }

    @Test
    void aCombinationIsWalkedOnceAndOnlyWhatMatchesIsKept() {
        List<PublicItem> all = items();
        VisibleItems visible = new VisibleItems(all);
        PublicationQuery first = new PublicationQuery(PublicationType.BERITA, 2024, "PDRD", 0, 20);
        PublicationQuery third = new PublicationQuery(PublicationType.BERITA, 2024, "PDRD", 2, 20);
        assertEquals(expected(all, first), visible.page(first));
        assertEquals(1, visible.combinationsKept());
        assertEquals(expected(all, third), visible.page(third), "a later page of the same combination");
        assertEquals(expected(all, first), visible.page(new PublicationQuery(PublicationType.BERITA, 2024, "PDRD", 0, 20)));
        assertEquals(1, visible.combinationsKept());

        // filter values that match nothing (any text an address carries) keep nothing
        for (int year = 1900; year < 1950; year++) {
            assertEquals(0, visible.page(new PublicationQuery(null, year, "TOPIK-" + year, 0, 20)).total());
        }
        assertEquals(1, visible.combinationsKept());
        // no filter at all is the whole list, not a kept copy
        assertEquals(300, visible.page(new PublicationQuery(null, null, " ", 0, 20)).total());
        assertEquals(1, visible.combinationsKept());
    }
}
