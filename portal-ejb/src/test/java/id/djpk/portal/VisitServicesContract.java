package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.letter.LetterCheck;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import id.djpk.portal.testing.TestFiles;
import id.djpk.portal.visit.DayAvailability;
import id.djpk.portal.visit.Admission;
import id.djpk.portal.visit.GuestEntry;
import id.djpk.portal.visit.MonthlyLists;
import id.djpk.portal.visit.Slot;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.VisitDesk;
import id.djpk.portal.visit.VisitForm;
import id.djpk.portal.visit.VisitMinutes;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitReception;
import id.djpk.portal.visit.VisitReport;
import id.djpk.portal.visit.VisitRule;
import id.djpk.portal.visit.VisitRuleException;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitStatus;
import id.djpk.portal.visit.VisitSubmission;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Visits and the letter register against a real database inside Payara Micro, on H2 ({@code VisitServicesIT})
 * and PostgreSQL ({@code VisitServicesPostgresIT}). The visit clock is set to days of a year without
 * entered holidays, chosen per run, so a reused database holds no earlier run's sessions.
 */
public abstract class VisitServicesContract {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final int YEAR = 2040 + (int) (System.nanoTime() % 50);
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Inject
    VisitService visits;
    @Inject
    VisitDesk desk;
    @Inject
    VisitReception reception;
    @Inject
    VisitMinutes minutes;
    @Inject
    VisitReport report;
    @Inject
    OfficeClock clock;
    @Inject
    LetterService letters;
    @Inject
    MailService mail;
    @Inject
    PublicationService publications;

    @AfterEach
    void systemClock() {
        clock.set(null);
    }

    /** The Monday of the given week of a month in this run's year. */
    static LocalDate monday(int month, int week) {
        return LocalDate.of(YEAR, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(week);
    }

    void at(LocalDate day, int hour) {
        clock.set(Clock.fixed(day.atTime(LocalTime.of(hour, 5)).atZone(WIB).toInstant(), WIB));
    }

    static VisitForm form(String region, String institution, VisitMode mode, int guests, boolean head, String... dates) {
        VisitForm f = new VisitForm();
        f.setInstitution(institution);
        f.setRegionCode(region);
        f.setContactName("Rina Marlina");
        f.setEmail("rina@bogorkab.go.id");
        f.setPhone("+62 251 832 1075");
        f.setMode(mode);
        f.setTopics("DAU;DBH");
        f.setLetterNumber("005/" + SEQ.incrementAndGet() + "/BPKAD/" + YEAR);
        f.setLetterDate(LocalDate.of(YEAR, 1, 2).toString());
        List<GuestEntry> g = new ArrayList<>();
        for (int i = 0; i < guests; i++) {
            g.add(new GuestEntry("Tamu " + (i + 1), i == 0 && head ? "Bupati" : "Kepala Bidang Anggaran", i == 0 && head));
        }
        f.setGuests(g);
        f.setPreferredDates(String.join(";", dates));
        return f;
    }

    VisitSubmission submit(VisitForm f) {
        return visits.submit(f, new ByteArrayInputStream(TestFiles.pdf("Surat permohonan " + f.getLetterNumber())),
                "surat.pdf");
    }

    static List<String> fields(InvalidInputException e) {
        return e.getViolations().stream().map(Violation::field).toList();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void aVisitRunsFromTheLetterToTheMinutes() throws Exception {
        LocalDate monday = monday(2, 1);
        at(monday, 10);
        VisitSubmission s = submit(form("32.01", "Pemerintah Kabupaten Bogor", VisitMode.TATAP_MUKA, 2, false));
        LocalDate thursday = monday.plusDays(3);
        assertEquals(thursday, s.earliestDate());
        assertTrue(visits.findForRequester(s.code(), s.accessCode()).isPresent());
        assertTrue(visits.findForRequester(s.code(), "wrong").isEmpty());
        assertTrue(visits.findForRequester(s.code().toLowerCase(java.util.Locale.ROOT), s.accessCode().toLowerCase(java.util.Locale.ROOT))
                .isPresent(), "booking and access code typed in lower case");
        assertTrue(mail.about("Visit", s.code()).get(0).getBody().contains("/kunjungan/status?kode=" + s.code() + "#akses="),
                "the access code in the link's fragment");
        assertTrue(desk.queue().stream().anyMatch(v -> v.getBookingCode().equals(s.code())));
        assertEquals(new Slot(thursday, 1), desk.proposals(s.code()).get(0));

        // the desk cannot schedule before the notice, then confirms the first proposal
        assertEquals(VisitRule.NOTICE, assertThrows(VisitRuleException.class,
                () -> desk.confirm(s.code(), new Slot(monday.plusDays(2), 1), "DTU", null)).getRule());
        Visit confirmed = desk.confirm(s.code(), new Slot(thursday, 1), "DTU", null);
        assertEquals(VisitStatus.CONFIRMED, confirmed.getStatus());
        String number = confirmed.getConfirmationNumber();
        // a number of the letter register, not the booking code
        assertTrue(number.matches("S-\\d+/PK\\.1/" + monday.getYear()) && !number.contains(s.code()), number);
        LetterCheck check = letters.verify(number.toLowerCase(), monday);
        assertTrue(check.genuine(), number);
        byte[] pdf = report.confirmationPdf(s.code()).orElseThrow();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(sha256(pdf), check.sha256());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String letterText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(letterText.contains(number) && letterText.contains("Jalan Dr. Wahidin Raya Nomor 1")
                    && letterText.contains("Petugas Layanan Reservasi"), "register number, address and signatory: " + letterText);
        }
        assertTrue(letters.verifyFile(new ByteArrayInputStream(pdf)).genuine());
        assertEquals(2, mail.about("Visit", s.code()).size());

        // reception: not before the day; then five came for a booking without a head of region
        VisitRuleException notToday = assertThrows(VisitRuleException.class, () -> reception.findForReception(s.code()));
        assertEquals(VisitRule.NO_BOOKING, notToday.getRule());
        String said = id.djpk.portal.system.Messages.text(java.util.Locale.forLanguageTag("id"), notToday);
        assertTrue(said.contains(thursday.getDayOfMonth() + " ") && !said.contains(thursday.toString()), "the booked day in words: " + said);
        at(thursday, 9);
        assertEquals(s.code(), reception.findForReception("http://x/cek-surat?nomor="
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8) + "&tanggal=" + monday).getBookingCode());
        assertEquals(VisitRule.NO_BOOKING, assertThrows(VisitRuleException.class,
                () -> reception.findForReception("KJ-ZZZZZZ")).getRule());
        Admission a = reception.checkIn(s.code(), Set.of(1, 2), List.of("Tamu lain 1", "Tamu lain 2", "Tamu lain 3"));
        assertEquals(new Admission(5, 2, 2, true), a);
        Visit held = visits.find(s.code()).orElseThrow();
        assertEquals(VisitStatus.HELD, held.getStatus());
        assertEquals(2, held.getGuests().stream().filter(g -> g.isAdmitted()).count());
        assertTrue(held.getGuests().stream().filter(g -> g.isAdmitted()).allMatch(g -> g.isListed()));

        // the unit uploads the minutes; another unit may not
        assertEquals("visit.notOwnUnit", assertThrows(BusinessException.class, () -> minutes.recordMinutes(s.code(), "DTK",
                new ByteArrayInputStream(TestFiles.pdf("BAK")), "bak.pdf", null, null, null)).getKey());
        Visit done = minutes.recordMinutes(s.code(), "DTU", new ByteArrayInputStream(TestFiles.pdf("BAK " + s.code())),
                "bak.pdf", new ByteArrayInputStream(TestFiles.pdf("Daftar hadir")), "hadir.pdf", null);
        assertNotNull(done.getMinutesSha256());

        MonthlyLists lists = report.monthly(YearMonth.from(thursday));
        MonthlyLists.VisitRow row = lists.visits().stream().filter(r -> r.code().equals(s.code())).findFirst().orElseThrow();
        assertEquals(5, row.guestsArrived());
        assertEquals(2, row.guestsAdmitted());
        assertTrue(row.breach());
        assertEquals("Kab. Bogor", row.region());
        assertEquals(held.getInstitution(), row.institution());
        assertEquals(thursday, row.date());
        assertFalse(row.topics().isBlank());
        assertEquals(visits.topicNames(held), row.topics(), "the topics by name, as the visit's letter names them");
        assertTrue(lists.videoConferences().stream().noneMatch(r -> r.code().equals(s.code())), "a visit is not a conference");
    }

    @Test
    void aVideoConferenceNeedsAMeetingLinkAndGetsItsRecording() {
        LocalDate monday = monday(3, 1);
        at(monday, 9);
        VisitSubmission s = submit(form("31.71", "Pemerintah Provinsi DKI Jakarta", VisitMode.VIDEO_CONFERENCE, 0, false));
        LocalDate friday = monday.plusDays(4);
        assertEquals(List.of("meeting_link"), fields(assertThrows(InvalidInputException.class,
                () -> desk.confirm(s.code(), new Slot(friday, 2), "DTK", " "))));
        desk.confirm(s.code(), new Slot(friday, 2), "DTK", "https://teams.example/meet/abc");
        at(friday, 16);
        Visit v = minutes.recordMinutes(s.code(), "DTK", null, null, null, null, "https://drive.example/rekaman");
        assertEquals(VisitStatus.HELD, v.getStatus());
        assertTrue(report.monthly(YearMonth.from(friday)).videoConferences().stream().anyMatch(r -> r.code().equals(s.code())));
        YearMonth month = YearMonth.from(friday);
        assertEquals(report.heldBetween(month.atDay(1), month.atEndOfMonth()), report.heldPerMonth(month, month).get(month),
                "the report's months count what its year to date counts");
        assertTrue(report.heldPerMonth(month, month).get(month).get(VisitMode.VIDEO_CONFERENCE) >= 1);
    }

    @Test
    void brokenRulesAreRefusedWithTheRuleAndStoreNothing() {
        LocalDate monday = monday(4, 1);
        at(monday, 9);
        int queued = desk.queue().size();
        assertEquals(VisitRule.GUESTS, assertThrows(VisitRuleException.class,
                () -> submit(form("32.01", "Pemkab Bogor", VisitMode.TATAP_MUKA, 3, false))).getRule());
        assertEquals(VisitRule.GUESTS, assertThrows(VisitRuleException.class,
                () -> submit(form("32.01", "Pemkab Bogor", VisitMode.TATAP_MUKA, 5, true))).getRule());
        assertEquals(VisitRule.NOTICE, assertThrows(VisitRuleException.class,
                () -> submit(form("32.01", "Pemkab Bogor", VisitMode.TATAP_MUKA, 2, false, monday.plusDays(2).toString()))).getRule());
        assertEquals(VisitRule.WORKING_DAY, assertThrows(VisitRuleException.class,
                () -> submit(form("32.01", "Pemkab Bogor", VisitMode.TATAP_MUKA, 2, false, monday.plusDays(5).toString()))).getRule());
        VisitForm bad = form("99.99", "", VisitMode.TATAP_MUKA, 1, false, "besok");
        bad.setEmail("rina");
        bad.setTopics("BUKAN_TOPIK");
        assertEquals(List.of("institution", "email", "preferred_dates", "region_code", "topics"),
                fields(assertThrows(InvalidInputException.class, () -> submit(bad))));
        VisitForm noLetter = form("32.01", "Pemkab Bogor", VisitMode.TATAP_MUKA, 1, false);
        assertEquals(List.of("letter"), fields(assertThrows(InvalidInputException.class,
                () -> visits.submit(noLetter, null, null))));
        assertEquals(List.of("letter"), fields(assertThrows(InvalidInputException.class,
                () -> visits.submit(noLetter, new ByteArrayInputStream(TestFiles.csv()), "surat.pdf"))));
        assertEquals(queued, desk.queue().size());
    }

    @Test
    void theFreeSessionsSayWhichDaysARequestSentNowCanStillHave() {
        LocalDate monday = monday(7, 2);
        at(monday, 10);
        LocalDate earliest = visits.earliestForNow();
        assertEquals(visits.rules().earliestDate(monday), earliest, "a letter sent in office hours counts from today");
        assertTrue(earliest.isAfter(monday.plusDays(2)), "three working days' notice");
        List<DayAvailability> days = visits.availability(monday, monday.plusDays(13));
        assertFalse(days.get(0).bookable(), "today's free sessions cannot be booked by a new request");
        for (DayAvailability d : days) {
            assertEquals(!d.date().isBefore(earliest), d.bookable(), d.date().toString());
        }
        assertTrue(days.stream().anyMatch(DayAvailability::bookable));

        // after office hours the letter counts as received on the next working day: one more day is out of reach
        at(monday, 18);
        LocalDate later = visits.earliestForNow();
        assertEquals(visits.rules().earliestDate(visits.rules().workingDays().receiptDay(
                monday.atTime(LocalTime.of(18, 5)).atZone(WIB).toInstant())), later);
        assertTrue(later.isAfter(earliest), later + " after " + earliest);
    }

    @Test
    void receptionChecksTheSessionsTimeAndAdmitsLateGuestsOnlyWithAReason() {
        LocalDate monday = monday(8, 1);
        at(monday, 9);
        VisitSubmission early = submit(form("35.01", "Pemerintah Kabupaten Pacitan", VisitMode.TATAP_MUKA, 2, false));
        VisitSubmission late = submit(form("35.02", "Pemerintah Kabupaten Ponorogo", VisitMode.TATAP_MUKA, 2, false));
        LocalDate day = monday.plusWeeks(1);
        desk.confirm(early.code(), new Slot(day, 2), "DTU", null);
        desk.confirm(late.code(), new Slot(day, 1), "DTU", null);

        // 10.05: session 1 (09.00–10.00) is over, session 2 (10.00–11.00) is on
        at(day, 10);
        assertEquals(2, reception.checkIn(early.code(), Set.of(1, 2), List.of()).admitted());
        Visit over = reception.findForReception(late.code());
        assertTrue(reception.sessionOver(over));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> reception.checkIn(late.code(), Set.of(1, 2), List.of()));
        assertEquals("late_reason:visit.lateSession", refused.getViolations().get(0).field() + ":" + refused.getViolations().get(0).key());
        assertEquals(VisitStatus.CONFIRMED, visits.find(late.code()).orElseThrow().getStatus(), "nothing recorded");

        assertEquals(2, reception.checkIn(late.code(), Set.of(1, 2), List.of(), "Pesawat terlambat; unit teknis bersedia.").admitted());
        Visit held = visits.find(late.code()).orElseThrow();
        assertEquals(VisitStatus.HELD, held.getStatus());
        assertTrue(held.getEvents().stream().anyMatch(e -> e.getKind() == id.djpk.portal.visit.VisitEvent.Kind.CHECKED_IN
                && e.getNote().endsWith("; late: Pesawat terlambat; unit teknis bersedia.")), "the reason on the timeline");
    }

    @Test
    void theQuotaCountsEveryInstitutionOfTheRegion() {
        LocalDate monday = monday(5, 0);
        at(monday, 9);
        String region = "32.04";
        VisitSubmission pemkab = submit(form(region, "Pemerintah Kabupaten Bandung", VisitMode.TATAP_MUKA, 2, false));
        VisitSubmission dprd = submit(form(region, "DPRD Kabupaten Bandung", VisitMode.TATAP_MUKA, 4, true));
        VisitSubmission rsud = submit(form(region, "RSUD Kabupaten Bandung", VisitMode.TATAP_MUKA, 1, false));
        VisitSubmission other = submit(form("32.01", "Pemerintah Kabupaten Bogor", VisitMode.TATAP_MUKA, 1, false));
        LocalDate day = monday.plusWeeks(1);
        YearMonth month = YearMonth.from(day);
        assertEquals(2, visits.quotaLeft(region, month));
        desk.confirm(pemkab.code(), new Slot(day, 1), "DTU", null);
        desk.confirm(dprd.code(), new Slot(day.plusDays(1), 1), "DTK", null);
        assertEquals(0, visits.quotaLeft(region, month));

        // a third institution of the same region: refused for that month, at the form and at the desk
        assertEquals(VisitRule.QUOTA, assertThrows(VisitRuleException.class,
                () -> desk.confirm(rsud.code(), new Slot(day.plusDays(2), 1), "DTU", null)).getRule());
        assertEquals(VisitRule.QUOTA, assertThrows(VisitRuleException.class,
                () -> submit(form(region, "Bappeda Kabupaten Bandung", VisitMode.TATAP_MUKA, 1, false,
                        day.plusDays(2).toString()))).getRule());
        assertTrue(desk.proposals(rsud.code()).stream().noneMatch(s -> YearMonth.from(s.date()).equals(month)));
        // a bank of the region is no regional government: the circular's quota is per Pemda, it books in the full month
        VisitForm bankForm = form(region, "Bank BJB Cabang Soreang", VisitMode.TATAP_MUKA, 2, false, day.plusDays(2).toString());
        bankForm.setRegionalGovernment(false);
        VisitSubmission bank = submit(bankForm);
        assertTrue(desk.proposals(bank.code()).stream().anyMatch(s -> YearMonth.from(s.date()).equals(month)));
        desk.confirm(bank.code(), new Slot(day.plusDays(2), 3), "DTU", null);
        assertEquals(0, visits.quotaLeft(region, month), "and uses none of the region's quota");
        assertFalse(visits.find(bank.code()).orElseThrow().isRegionalGovernment());
        // another region is not affected, and a video conference counts for no quota
        desk.confirm(other.code(), new Slot(day.plusDays(2), 1), "DTU", null);

        // a cancellation frees the month; its letter cannot be used again
        desk.cancel(dprd.code(), "Permintaan daerah");
        assertEquals(1, visits.quotaLeft(region, month));
        desk.confirm(rsud.code(), new Slot(day.plusDays(2), 2), "DTU", null);
        VisitForm again = form(region, "DPRD Kabupaten Bandung", VisitMode.TATAP_MUKA, 2, false);
        again.setLetterNumber(visits.find(dprd.code()).orElseThrow().getLetterNumber());
        assertEquals(VisitRule.NEW_LETTER, assertThrows(VisitRuleException.class, () -> submit(again)).getRule());
    }

    @Test
    void twoConfirmationsOfTheLastSessionEndWithExactlyOneWinner() throws Exception {
        LocalDate monday = monday(6, 0);
        at(monday, 9);
        String[] regions = {"11.01", "11.02", "11.03", "12.01", "12.02", "12.03", "13.01", "13.02", "13.03", "14.01", "14.02", "14.03"};
        for (int round = 0; round < 3; round++) {
            LocalDate day = monday.plusWeeks(1).plusDays(round);
            for (int n = 1; n <= 3; n++) {
                VisitSubmission s = submit(form(regions[round * 4 + n - 1], "Pemda " + n, VisitMode.TATAP_MUKA, 1, false));
                desk.confirm(s.code(), new Slot(day, n), "DTU", null);
            }
            VisitSubmission a = submit(form(regions[round * 4 + 3], "Pemda A", VisitMode.TATAP_MUKA, 1, false));
            VisitSubmission b = submit(form("15.01", "Pemda B " + round, VisitMode.VIDEO_CONFERENCE, 0, false));
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (VisitSubmission s : List.of(a, b)) {
                    results.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            desk.confirm(s.code(), new Slot(day, 4), "DTU", "https://teams.example/m/" + s.code());
                            return "won";
                        } catch (VisitRuleException e) {
                            return e.getRule().name();
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : results) {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                }
                assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
                assertEquals(1, outcomes.stream().filter("SLOT"::equals).count(), outcomes.toString());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(0, visits.availability(day, day).get(0).free());
            long confirmed = List.of(a, b).stream().map(s -> visits.find(s.code()).orElseThrow().getStatus())
                    .filter(st -> st == VisitStatus.CONFIRMED).count();
            assertEquals(1, confirmed);
        }
    }

    @Test
    void wrongAccessCodesForOneBookingCodeAreLimitedWhetherItExistsOrNot() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        StringBuilder code = new StringBuilder("KJ-");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 6; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        for (int i = 0; i < 10; i++) {
            assertTrue(visits.findForRequester(code.toString(), "AAAA-BBBB-CCCC-DDDD").isEmpty());
        }
        assertEquals("access.tooManyAttempts", assertThrows(id.djpk.portal.system.TooManyAttemptsException.class,
                () -> visits.findForRequester(code.toString().toLowerCase(java.util.Locale.ROOT), "AAAA-BBBB-CCCC-DDDD")).getKey());
    }

    @Test
    void theLetterRegisterAnswersTheQuestionOfAuthenticity() throws Exception {
        byte[] pdf = TestFiles.pdf("Undangan sosialisasi " + System.nanoTime());
        String number = "UND-" + SEQ.incrementAndGet() + "/PK.6/" + YEAR;
        LocalDate date = LocalDate.now(WIB).minusDays(20);
        letters.register(number, date, "Undangan sosialisasi DAK", "Seluruh daerah", new ByteArrayInputStream(pdf), "und.pdf", true);
        LetterCheck byNumber = letters.verify(" " + number.toLowerCase() + " ", date);
        assertTrue(byNumber.genuine());
        assertEquals("Undangan sosialisasi DAK", byNumber.subject());
        assertNotNull(byNumber.fileId());
        assertTrue(letters.verify(number, null).genuine());
        assertFalse(letters.verify(number, date.plusDays(1)).genuine());
        assertFalse(letters.verify("S-999999/PK/" + YEAR, date).genuine());
        assertTrue(letters.verifyHash(sha256(pdf)).genuine());
        assertFalse(letters.verifyHash(sha256(TestFiles.pdf("palsu"))).genuine());
        assertEquals("letter.duplicate", assertThrows(InvalidInputException.class,
                () -> letters.register(number, date, "x", "y", null, null, false)).getKey());

        // publishing a notice to regions registers it
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.PEMBERITAHUAN);
        String notice = "S-" + SEQ.incrementAndGet() + "/PK/" + YEAR;
        d.setTitle("Pemberitahuan penyaluran DBH " + notice);
        d.setLetterNumber(notice);
        d.setDocDate(date.plusDays(1));
        d.setTopics(Set.of("DBH"));
        long id = publications.create(d).getId();
        assertFalse(letters.verify(notice, null).genuine());
        publications.attach(id, new ByteArrayInputStream(TestFiles.pdf("Pemberitahuan " + notice)), "pemberitahuan.pdf");
        publications.publish(id, null);
        LetterCheck n = letters.verify(notice, date.plusDays(1));
        assertTrue(n.genuine());
        assertNotNull(n.publicationSlug());
    }
}
