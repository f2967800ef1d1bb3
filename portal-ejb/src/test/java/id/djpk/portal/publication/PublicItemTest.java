package id.djpk.portal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a public item last changed, for feeds and the sitemap. */
class PublicItemTest {

    static final Instant PUBLISHED = Instant.parse("2024-05-02T03:00:00Z");

    static PublicItem item(Instant publishedAt, Instant updatedAt) {
        return new PublicItem(1, PublicationType.BERITA, "Berita", "berita", null, null, LocalDate.of(2024, 5, 2),
                publishedAt, updatedAt, Set.of(), null, null, null, null, List.of(), null, null, null, null, null,
                List.of());
    }

    @Test
    void anEditAfterPublicationIsTheLastChange() {
        Instant edited = PUBLISHED.plusSeconds(86_400 * 3);
        assertEquals(edited, item(PUBLISHED, edited).lastModified());
    }

    @Test
    void anEditBeforeAScheduledPublicationIsNotSeenBeforeIt() {
        assertEquals(PUBLISHED, item(PUBLISHED, PUBLISHED.minusSeconds(3_600)).lastModified());
    }

    @Test
    void withoutPublicationTimeThereIsNone() {
        assertEquals(PUBLISHED, item(PUBLISHED, null).lastModified());
        assertNull(item(null, PUBLISHED).lastModified());
    }
}
