package id.djpk.portal.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.document.StoredFile;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.Links;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The e-mails to the requester of a visit, from the bundle, with every link built by {@link Links}. */
class VisitLettersTest {

    private static final VisitLetters LETTERS = new VisitLetters(Links.of("https://djpk.example/"));
    private static final Instant AT = Instant.parse("2024-05-02T02:00:00Z");

    static Visit received(VisitMode mode) {
        VisitForm f = VisitFormTest.valid();
        f.setMode(mode);
        return new Visit("KJ-7QF3KX", AccessCode.hash("abc-123"), f,
                new StoredFile("surat.pdf", "application/pdf", 1000, "ab12", "key", null), AT,
                LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
    }

    @Test
    void theAcknowledgementCarriesBothCodesTheEarliestDayAndTheStatusLink() {
        Mail m = LETTERS.received(received(VisitMode.TATAP_MUKA), "abc-123", LocalDate.of(2024, 5, 7));
        assertEquals("siti@bogorkab.go.id", m.recipient());
        assertEquals("Permohonan konsultasi KJ-7QF3KX diterima", m.subject());
        assertTrue(m.text().startsWith("Yth. Siti Aminah,\n\nPermohonan konsultasi tatap muka dari Pemerintah Kabupaten "
                + "Bogor dengan surat nomor 005/123/Bappeda telah kami terima."), m.text());
        assertTrue(m.text().contains("Kode booking: KJ-7QF3KX\nKode akses: abc-123\n"), m.text());
        assertTrue(m.text().contains("https://djpk.example/kunjungan/status?kode=KJ-7QF3KX#akses=abc-123"), m.text());
        assertTrue(m.text().contains("paling cepat dapat dilaksanakan 7 Mei 2024"), m.text());
        assertTrue(m.text().endsWith("\n\nContact Center Dering DJPK"), m.text());
        assertEquals("abc-123", m.secret(), "masked in the outbox once sent");
        assertEquals("Visit", m.aboutKind());
        assertEquals("KJ-7QF3KX", m.aboutRef());
    }

    @Test
    void theScheduleNamesDayTimeUnitAndTheLetterCheck() {
        Visit v = received(VisitMode.VIDEO_CONFERENCE);
        v.confirm(new Slot(LocalDate.of(2024, 5, 13), 1), "DTU", "https://zoom.example/j/1", "S-KJ-7QF3KX/PK.1/2024", "desk", AT);
        Mail first = LETTERS.scheduled(v, false, "09:00-10:00", "Direktorat Dana Transfer Umum", "S-KJ-7QF3KX/PK.1/2024",
                "https://djpk.example/cek-surat?nomor=S&tanggal=2024-05-03");
        assertEquals("Jadwal konsultasi KJ-7QF3KX", first.subject());
        assertTrue(first.text().contains("dijadwalkan pada 13 Mei 2024 pukul 09:00-10:00 WIB dengan Direktorat Dana "
                + "Transfer Umum.\nTautan rapat: https://zoom.example/j/1\n\nSurat konfirmasi nomor S-KJ-7QF3KX/PK.1/2024 "
                + "terlampir; keasliannya dapat diperiksa di https://djpk.example/cek-surat?nomor=S&tanggal=2024-05-03"),
                first.text());
        assertFalse(first.text().contains("akses"), "later messages never carry the access code");
        assertEquals("Perubahan jadwal konsultasi KJ-7QF3KX",
                LETTERS.scheduled(v, true, "09:00-10:00", "DTU", "S-KJ-7QF3KX.2/PK.1/2024", "x").subject());
    }

    @Test
    void aVisitWithoutMeetingLinkHasNoSuchLine() {
        Visit v = received(VisitMode.TATAP_MUKA);
        v.confirm(new Slot(LocalDate.of(2024, 5, 13), 2), "DTU", null, "S-KJ-7QF3KX/PK.1/2024", "desk", AT);
        Mail m = LETTERS.scheduled(v, false, "10:00-11:00", "DTU", "S-KJ-7QF3KX/PK.1/2024", "x");
        assertTrue(m.text().contains("WIB dengan DTU.\n\nSurat konfirmasi"), m.text());
    }

    @Test
    void theCancellationGivesTheReasonAndTheCircularsRule() {
        Mail m = LETTERS.cancelled(received(VisitMode.TATAP_MUKA), "Permintaan pemohon.");
        assertEquals("Permohonan konsultasi KJ-7QF3KX dibatalkan", m.subject());
        assertTrue(m.text().contains("Permohonan konsultasi KJ-7QF3KX dibatalkan: Permintaan pemohon.\n\nSesuai SE-2/PK.1/2024"),
                m.text());
    }

    @Test
    void theLetterRegisterNamesTheConfirmation() {
        assertEquals("Konfirmasi jadwal konsultasi video conference KJ-7QF3KX",
                LETTERS.confirmationSubject(received(VisitMode.VIDEO_CONFERENCE)));
    }
}
