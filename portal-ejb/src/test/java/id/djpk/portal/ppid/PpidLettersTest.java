package id.djpk.portal.ppid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.Links;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PpidLettersTest {

    private static final PpidLetters LETTERS = new PpidLetters(Links.of("https://djpk.example"));

    @Test
    void theAcknowledgementCarriesNumberCodeDueDateAndTheAccessLink() {
        InformationRequest r = InformationRequestTest.received("2024-05-02T09:00");
        Mail m = LETTERS.received(r, "abc-123", "10 hari kerja sejak 2 Mei 2024 → 20 Mei 2024");
        assertEquals(PpidForms.valid().getEmail(), m.recipient());
        assertTrue(m.subject().contains("PPID-2024-00001"));
        assertTrue(m.text().contains("abc-123"));
        assertTrue(m.text().contains("20 Mei 2024"));
        assertTrue(m.text().contains("https://djpk.example/ppid/status?nomor=PPID-2024-00001#kode=abc-123"), m.text());
        assertFalse(m.text().contains("&kode="), "the code travels in the fragment, never in a query string");
        assertEquals("abc-123", m.secret(), "masked in the outbox once sent");
        assertEquals("PPID", m.aboutKind());
        assertEquals("PPID-2024-00001", m.aboutRef());
    }

    @Test
    void aRequestFromTheEnglishPageIsAnsweredInEnglish() {
        RequestForm f = PpidForms.valid();
        f.setLanguage("en");
        InformationRequest r = new InformationRequest("PPID-2024-00002", "hash", f, null, InformationRequestTest.DEADLINES,
                java.time.Instant.parse("2024-05-02T02:00:00Z"));
        assertEquals("en", r.getLanguage());
        Mail m = LETTERS.received(r, "abc-123", "10 working days from 2 May 2024");
        assertEquals("Information request PPID-2024-00002 received", m.subject());
        assertTrue(m.text().startsWith("Dear Siti Rahmawati,\n\nWe have received your information request"), m.text());
        assertTrue(m.text().contains("Answer due by: "), m.text());
        assertTrue(m.text().contains(" May 2024"), m.text());
        assertTrue(m.text().endsWith("please do not reply to this e-mail."), m.text());
        assertEquals("id", InformationRequestTest.received("2024-05-02T09:00").getLanguage(), "Indonesian by default");
    }

    @Test
    void laterMessagesNeverRepeatTheAccessCode() {
        InformationRequest r = InformationRequestTest.received("2024-05-02T09:00");
        r.extend(5, "Data masih dihimpun dari unit teknis.", InformationRequestTest.DEADLINES, "ppid",
                InformationRequestTest.at("2024-05-03T10:00"));
        Mail m = LETTERS.extended(r, "…");
        assertTrue(m.text().contains("5 hari kerja"), m.text());
        assertTrue(m.text().contains("Data masih dihimpun dari unit teknis."));
        assertTrue(m.text().contains("/ppid/status?nomor=PPID-2024-00001"));
        assertFalse(m.text().contains("kode="));
    }

    @Test
    void theSuperiorsAnswerTellsTheNextStepToTheInformationCommission() {
        InformationRequest r = InformationRequestTest.decided("2024-05-02T09:00", "2024-05-06T10:00");
        r.fileObjection(ObjectionGround.A_REFUSED, "Tidak sesuai", InformationRequestTest.DEADLINES,
                InformationRequestTest.at("2024-05-07T10:00"));
        r.decideObjection(ObjectionOutcome.UPHELD, "Jawaban PPID sudah sesuai.", "ppid-superior",
                InformationRequestTest.at("2024-05-08T10:00"));
        Mail m = LETTERS.objectionDecided(r);
        assertTrue(m.text().contains("Komisi Informasi"), m.text());
        assertTrue(m.text().contains("14 (empat belas) hari kerja"), m.text());
    }

    @Test
    void theReminderListsEveryUrgentRequestAndMarksTheOverdueOnes() {
        List<QueueItem> items = List.of(
                new QueueItem("PPID-2024-00001", RequestStatus.RECEIVED, "Ani", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 20), true, false),
                new QueueItem("PPID-2024-00002", RequestStatus.RECEIVED, "Budi", LocalDate.of(2024, 5, 8), LocalDate.of(2024, 5, 24), false, true));
        Mail m = LETTERS.reminder("ppid@djpk.example", "Petugas", LocalDate.of(2024, 5, 22), items);
        assertTrue(m.subject().contains("2 permohonan"), m.subject());
        assertTrue(m.text().contains("PPID-2024-00001 — Ani — batas 20 Mei 2024 (TERLAMBAT)"), m.text());
        assertTrue(m.text().contains("PPID-2024-00002 — Budi — batas 24 Mei 2024\n"), m.text());
        assertTrue(m.text().contains("https://djpk.example/portal/ppid/antrian.xhtml"));
    }
}
