package id.djpk.portal.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.calendar.OfficeHours;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.helpdesk.ServiceHours;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live chat's hours, input rules and pace, without a container. */
class LiveChatRulesTest {

    static final WorkingDays DAYS = new WorkingDays(List.of(LocalDate.of(2024, 5, 9)), OfficeHours.DEFAULT);

    static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void hoursFollowTheServiceHoursUnlessAlways() {
        LiveChatHours service = LiveChatHours.parse("service");
        assertEquals(service, LiveChatHours.parse(""), "blank is the default");
        assertEquals(service, LiveChatHours.parse(null));
        assertTrue(service.open(at("2024-05-02T09:00+07:00"), null, ServiceHours.DEFAULT, DAYS), "Thursday morning, WIB");
        assertFalse(service.open(at("2024-05-02T18:00+07:00"), null, ServiceHours.DEFAULT, DAYS), "evening");
        assertFalse(service.open(at("2024-05-09T10:00+07:00"), null, ServiceHours.DEFAULT, DAYS), "a national holiday");
        assertFalse(service.open(at("2024-05-02T15:30+07:00"), TimeZoneCode.WIT, ServiceHours.DEFAULT, DAYS),
                "17.30 in Jayapura: the visitor's zone decides");
        LiveChatHours always = LiveChatHours.parse(" ALWAYS ");
        assertTrue(always.open(at("2024-05-09T23:00+07:00"), null, ServiceHours.DEFAULT, DAYS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LiveChatHours.parse("24/7"));
        assertTrue(e.getMessage().contains("24/7"), e.getMessage());
    }

    @Test
    void aStartNeedsNameEmailAndAMessageOfAtMost2000Characters() {
        assertEquals(List.of(), ChatInput.start("Sari", "sari@example.go.id", "Kapan DAU cair?"));
        assertEquals(List.of("name", "email", "message"),
                ChatInput.start(" ", null, "").stream().map(Violation::field).toList());
        assertEquals("helpdesk.emailInvalid", ChatInput.start("Sari", "sari@", "Halo").get(0).key());
        assertEquals(List.of(), ChatInput.message("body", "x".repeat(2000)));
        Violation tooLong = ChatInput.message("body", "x".repeat(2001)).get(0);
        assertEquals("body", tooLong.field());
        assertEquals("helpdesk.tooLong", tooLong.key());
        assertEquals(List.of(2000), tooLong.arguments());
    }

    @Test
    void oneMessageASecond() {
        Instant first = at("2024-05-02T09:00:00+07:00");
        assertFalse(ChatInput.tooSoon(null, first), "the first message");
        assertTrue(ChatInput.tooSoon(first, first.plusMillis(999)));
        assertFalse(ChatInput.tooSoon(first, first.plusMillis(1000)));
    }

    @Test
    void theSubjectIsTheFirstLineShortened() {
        assertEquals("Kapan DAU cair?", ChatInput.subject("  Kapan DAU cair?\nTerima kasih"));
        String s = ChatInput.subject("a".repeat(200));
        assertEquals(80, s.length());
        assertTrue(s.endsWith("…"));
    }

    @Test
    void anAvailableAgentSilentForTwoMinutesCountsAsAway() {
        Instant at = Instant.parse("2024-05-06T02:00:00Z");
        AgentPresence p = new AgentPresence("agent", true, at);
        assertTrue(p.availableAt(at.plus(AgentPresence.SILENCE).minusSeconds(1)), "silent for less than 2 minutes");
        assertTrue(p.availableAt(at.plus(AgentPresence.SILENCE)), "silent for exactly 2 minutes");
        assertFalse(p.availableAt(at.plus(AgentPresence.SILENCE).plusSeconds(1)), "silent for longer: away");
        p.seen(at.plusSeconds(150));
        assertTrue(p.availableAt(at.plusSeconds(200)), "a heartbeat of the console or a call makes them available again");
        p.set(false, at.plusSeconds(210));
        assertFalse(p.availableAt(at.plusSeconds(211)), "set away");
        assertEquals(java.time.Duration.ofMinutes(2), AgentPresence.SILENCE);
    }
}
