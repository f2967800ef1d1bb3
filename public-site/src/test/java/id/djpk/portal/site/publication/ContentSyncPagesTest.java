package id.djpk.portal.site.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.publication.ChangeSet;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which detail pages a content change touches: what the page cache drops besides the lists (ContentSync). */
class ContentSyncPagesTest {

    private static PublicItem regulation(long id, String slug, PublicItem.Link amends, PublicItem.Link revokes,
                                         PublicItem.Link... amendedBy) {
        return new PublicItem(id, PublicationType.PERATURAN, "PMK " + id, slug, null, null, LocalDate.of(2024, 3, 4), null,
                null, Set.of(), null, null, amends, revokes, List.of(amendedBy), null, null, null, null, null, List.of());
    }

    private static PublicItem.Link link(String slug) {
        return new PublicItem.Link(slug, "PMK " + slug);
    }

    @Test
    void aNewRegulationTouchesItsOwnPageAndThoseItAmendsOrRevokes() {
        PublicItem added = regulation(3, "pmk-3-2024", link("pmk-1-2020"), link("pmk-2-2021"));
        ChangeSet changes = new ChangeSet(List.of(added), List.of(), Instant.EPOCH);
        assertEquals(Set.of("pmk-3-2024", "pmk-1-2020", "pmk-2-2021"), ContentSync.detailPagesOf(changes, Map.of()));
    }

    @Test
    void anEditTouchesTheOldAndNewSlugAndTheLinksBeforeAndAfter() {
        PublicItem before = regulation(3, "pmk-3-2024", link("pmk-1-2020"), null, link("pmk-9-2025"));
        PublicItem after = regulation(3, "pmk-3-2024-tentang-dana", link("pmk-4-2022"), null, link("pmk-9-2025"));
        ChangeSet changes = new ChangeSet(List.of(after), List.of(), Instant.EPOCH);
        assertEquals(Set.of("pmk-3-2024", "pmk-3-2024-tentang-dana", "pmk-1-2020", "pmk-4-2022", "pmk-9-2025"),
                ContentSync.detailPagesOf(changes, Map.of(3L, before)));
    }

    @Test
    void aWithdrawalTouchesThePagesItWasOnAsLastSeen() {
        PublicItem before = regulation(5, "pmk-5-2024", null, link("pmk-2-2021"));
        PublicItem untouched = regulation(6, "pmk-6-2024", null, null);
        ChangeSet changes = new ChangeSet(List.of(), List.of(5L, 77L), Instant.EPOCH);
        // 77: not visible before either (a draft withdrawn): no page of its own to drop
        assertEquals(Set.of("pmk-5-2024", "pmk-2-2021"), ContentSync.detailPagesOf(changes, Map.of(5L, before, 6L, untouched)));
    }
}
