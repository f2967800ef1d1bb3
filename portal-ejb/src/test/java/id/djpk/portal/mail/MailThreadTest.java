package id.djpk.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headers that thread an answer into the requester's conversation. */
class MailThreadTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Penyaluran DAU tahap II            | Re: Penyaluran DAU tahap II [TIK-2026-000123]",
        "Re: Penyaluran DAU                 | Re: Penyaluran DAU [TIK-2026-000123]",
        "RE: re: Penyaluran DAU             | Re: Penyaluran DAU [TIK-2026-000123]",
        "Re[2]: Penyaluran DAU              | Re: Penyaluran DAU [TIK-2026-000123]",
        "AW: Balas: Penyaluran DAU          | Re: Penyaluran DAU [TIK-2026-000123]",
        "Penyaluran DAU [TIK-2026-000123]   | Re: Penyaluran DAU [TIK-2026-000123]",
        "Re: [TIK-2026-000123] Penyaluran DAU | Re: Penyaluran DAU [TIK-2026-000123]",
        "Re: Penyaluran DAU [tik-2026-000123] | Re: Penyaluran DAU [TIK-2026-000123]",
        "Penyaluran DAU [TIK-2025-000007]   | Re: Penyaluran DAU [TIK-2026-000123]",
        "Pertanyaan: Re: ada di tengah      | Re: Pertanyaan: Re: ada di tengah [TIK-2026-000123]",
        "''                                 | Re: [TIK-2026-000123]",
    })
    void subjectHasOneReAndTheTicketNumberOnce(String subject, String expected) {
        assertEquals(expected, MailThread.replySubject(subject, "TIK-2026-000123"));
    }

    @Test
    void subjectWithoutLineBreaksAndWithinTheOutboxLimit() {
        assertEquals("Re: DAU Kota Bandung [TIK-2026-000001]", MailThread.replySubject("DAU\r\nKota\tBandung", "TIK-2026-000001"));
        assertEquals("Re: [TIK-2026-000001]", MailThread.replySubject(null, "TIK-2026-000001"));
        String longer = MailThread.replySubject("x".repeat(500), "TIK-2026-000001");
        assertEquals(MailThread.SUBJECT_MAX, longer.length());
        assertTrue(longer.endsWith("… [TIK-2026-000001]"), longer);
    }

    @Test
    void messageIdsAreUniqueAndInTheSendersDomain() {
        String a = MailThread.newMessageId("Portal Layanan Informasi DJPK <no-reply@djpk.kemenkeu.go.id>");
        String b = MailThread.newMessageId("no-reply@djpk.kemenkeu.go.id");
        assertTrue(a.matches("<[0-9a-f-]{36}\\.[0-9a-z]+@djpk\\.kemenkeu\\.go\\.id>"), a);
        assertNotEquals(a, b);
        assertTrue(MailThread.newMessageId("tanpa-domain").endsWith("@djpk.portal>"));
        assertTrue(MailThread.newMessageId(null).endsWith("@djpk.portal>"));
    }

    @Test
    void idsAreNormalizedAndNothingElsePasses() {
        assertEquals("<abc@mail.example.com>", MailThread.normalizeId("abc@mail.example.com"));
        assertEquals("<abc@mail.example.com>", MailThread.normalizeId("  <abc@mail.example.com>\r\n"));
        assertNull(MailThread.normalizeId(""));
        assertNull(MailThread.normalizeId(null));
        assertNull(MailThread.normalizeId("<abc def@example.com>"), "a space is no id");
        assertNull(MailThread.normalizeId("<a@b>\r\nBcc: x@evil.example"), "no header can be smuggled in");
        assertNull(MailThread.normalizeId("<a@b> <c@d>"), "one id, not several");
        assertEquals(List.of("<a@x>", "<b@y>"), MailThread.parseIds("<a@x>\r\n <b@y> junk <no id>"));
    }

    @Test
    void referencesKeepTheFirstAndTheNewestWithinTheLimits() {
        assertEquals(List.of("<1@x>", "<2@x>"), MailThread.references(List.of("1@x", "<2@x>", "<1@x>", "not an id")));
        List<String> many = IntStream.rangeClosed(1, 30).mapToObj(i -> "<" + i + "@mail.example.com>").toList();
        List<String> kept = MailThread.references(many);
        assertEquals(MailThread.MAX_REFERENCES, kept.size());
        assertEquals("<1@mail.example.com>", kept.get(0), "where the conversation began");
        assertEquals("<12@mail.example.com>", kept.get(1));
        assertEquals("<30@mail.example.com>", kept.get(kept.size() - 1), "the newest");

        List<String> longIds = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            longIds.add("<" + "a".repeat(380) + i + "@mail.example.com>");
        }
        List<String> cut = MailThread.references(longIds);
        assertTrue(String.join(" ", cut).length() <= MailThread.MAX_REFERENCES_CHARS);
        assertEquals(longIds.get(0), cut.get(0));
        assertEquals(longIds.get(14), cut.get(cut.size() - 1));
    }
}
