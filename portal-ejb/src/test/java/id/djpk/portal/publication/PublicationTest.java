package id.djpk.portal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.BusinessException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The workflow draft → published (or scheduled) → withdrawn, on the entity itself. */
class PublicationTest {

    static final Instant NOW = Instant.parse("2024-05-16T03:00:00Z");

    static Publication draft() {
        Publication p = new Publication(PublicationType.PERATURAN, "pmk-91", "publisher", NOW);
        p.apply(PublicationRulesTest.regulation(), null, null, "publisher", NOW);
        return p;
    }

    @Test
    void publishNowMakesItVisible() {
        Publication p = draft();
        assertFalse(p.isVisible(NOW));
        p.publish(null, "publisher", NOW);
        assertTrue(p.isVisible(NOW));
        assertEquals("publisher", p.getPublishedBy());
        assertThrows(BusinessException.class, () -> p.publish(null, "publisher", NOW));
    }

    @Test
    void scheduledPublicationAppearsAtItsTime() {
        Publication p = draft();
        Instant at = NOW.plus(Duration.ofHours(2));
        p.publish(at, "publisher", NOW);
        assertTrue(p.isScheduled(NOW));
        assertFalse(p.isVisible(NOW));
        assertTrue(p.isVisible(at));
        p.unschedule("publisher", NOW);
        assertEquals(PublicationStatus.DRAFT, p.getStatus());
    }

    @Test
    void publishAtAPastMomentMeansNow() {
        Publication p = draft();
        p.publish(NOW.minusSeconds(3600), "publisher", NOW);
        assertEquals(NOW, p.getPublishAt());
    }

    @Test
    void withdrawalNeedsAReasonAndIsFinal() {
        Publication p = draft();
        assertThrows(BusinessException.class, () -> p.withdraw("salah unggah", "publisher", NOW));
        p.publish(null, "publisher", NOW);
        assertThrows(BusinessException.class, () -> p.withdraw(" ", "publisher", NOW));
        p.withdraw("salah unggah", "publisher", NOW.plusSeconds(60));
        assertFalse(p.isVisible(NOW.plusSeconds(120)));
        assertEquals("salah unggah", p.getWithdrawReason());
        assertEquals(PublicationStatus.WITHDRAWN, p.getStatus());
        BusinessException e = assertThrows(BusinessException.class, () -> p.publish(null, "publisher", NOW));
        assertEquals("publication.withdrawnCannotPublish", e.getKey());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "BERLAKU, false, false, BERLAKU",
            "BERLAKU, true,  false, DIUBAH",
            "BERLAKU, false, true,  DICABUT",
            "BERLAKU, true,  true,  DICABUT",
            "DIUBAH,  false, false, DIUBAH",
            "DICABUT, true,  false, DICABUT",
            ",        false, false, BERLAKU"})
    void effectiveLegalStatus(LegalStatus recorded, boolean amended, boolean revoked, LegalStatus expected) {
        assertEquals(expected, LegalStatus.effective(recorded, amended, revoked));
    }
}
