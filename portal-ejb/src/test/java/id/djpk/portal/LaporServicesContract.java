package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.lapor.ComplianceCsv;
import id.djpk.portal.lapor.ComplianceMatrix;
import id.djpk.portal.lapor.ComplianceRow;
import id.djpk.portal.lapor.ComplianceState;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.email.EmailLedger;
import id.djpk.portal.email.FetchReport;
import id.djpk.portal.email.InboxEntry;
import id.djpk.portal.email.LaporEmail;
import id.djpk.portal.email.LaporMailbox;
import id.djpk.portal.email.Mailbox;
import id.djpk.portal.email.MailboxFetcher;
import id.djpk.portal.lapor.DeadlineRule;
import id.djpk.portal.lapor.LaporCompliance;
import id.djpk.portal.lapor.LaporReminders;
import id.djpk.portal.lapor.DuplicateReportException;
import id.djpk.portal.lapor.Incoming;
import id.djpk.portal.lapor.LaporDesk;
import id.djpk.portal.lapor.LaporFigures;
import id.djpk.portal.lapor.LaporForm;
import id.djpk.portal.lapor.LaporReceipt;
import id.djpk.portal.lapor.LaporReportFigures;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporStatus;
import id.djpk.portal.lapor.LaporSubmission;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.lapor.PeriodKind;
import id.djpk.portal.lapor.SubjectGuess;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import id.djpk.portal.testing.TestFiles;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Email Lapor against a real database inside Payara Micro, on H2 ({@code LaporServicesIT}) and PostgreSQL
 * ({@code LaporServicesPostgresIT}). The clock is set in a year without entered holidays, chosen per run, and each
 * test uses its own regions, so a reused database holds no earlier run's reports for them; figures are compared as
 * differences.
 */
public abstract class LaporServicesContract {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final int YEAR = 2040 + (int) (System.nanoTime() % 50);
    static final LaporDesk.Reviewer DTU = new LaporDesk.Reviewer("DTU", false);
    static final LaporDesk.Reviewer DTK = new LaporDesk.Reviewer("DTK", false);
    static final LaporDesk.Reviewer ADMIN = new LaporDesk.Reviewer(null, true);

    @Inject
    LaporService lapor;
    @Inject
    LaporDesk desk;
    @Inject
    LaporReportFigures reportFigures;
    @Inject
    OfficeClock clock;
    @Inject
    MailService mail;
    @Inject
    MailboxFetcher fetcher;
    @Inject
    EmailLedger ledger;
    @Inject
    LaporMailbox laporMailbox;
    @Inject
    AuditTrail audit;

    @AfterEach
    void systemClock() {
        clock.set(null);
    }

    void at(LocalDate day, int hour) {
        clock.set(Clock.fixed(day.atTime(LocalTime.of(hour, 5)).atZone(WIB).toInstant(), WIB));
    }

    static LaporForm form(String region, String type, String period) {
        LaporForm f = new LaporForm();
        f.setRegionCode(region);
        f.setInstitution("BPKAD");
        f.setName("Rina Marlina");
        f.setEmail("bpkad@" + region.replace(".", "") + ".go.id");
        f.setPhone("+62 251 832 1075");
        f.setReportType(type);
        f.setPeriod(period);
        f.setNote("Laporan bulanan");
        return f;
    }

    static Incoming file(String name, byte[] content) {
        return new Incoming(name, () -> new ByteArrayInputStream(content));
    }

    static Incoming pdf(String text) {
        return file("laporan.pdf", TestFiles.pdf(text));
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static List<String> fields(InvalidInputException e) {
        return e.getViolations().stream().map(Violation::field).toList();
    }

    /** Day 10 of the month after, moved past a weekend (the run's year has no holidays entered). */
    static LocalDate dauDeadline(int month) {
        LocalDate d = LocalDate.of(YEAR, month, 1).plusMonths(1).withDayOfMonth(10);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    List<OutboxMessage> mailAbout(String receipt) {
        return mail.about("LAPOR", receipt);
    }

    @Test
    void theShippedTypesAreTheSeedsWithTheirUnits() {
        Map<String, LaporType> types = new java.util.HashMap<>();
        lapor.types().forEach(t -> types.put(t.getCode(), t));
        assertTrue(types.keySet().containsAll(List.of("DAU", "DBH", "DAK_NF", "APBD", "PERDA", "IKD", "INSENTIF")), types.keySet().toString());
        LaporType dau = types.get("DAU");
        assertEquals("DTU", dau.getUnitCode());
        assertEquals(PeriodKind.MONTHLY, dau.getPeriodKind());
        assertEquals(new DeadlineRule(1, 10), dau.deadline().orElseThrow());
        assertEquals("DTK", types.get("DAK_NF").getUnitCode());
        assertEquals("DAK_NON_FISIK", types.get("DAK_NF").getReportGroup());
        assertTrue(types.get("INSENTIF").deadline().isEmpty());
        assertEquals(LaporType.MAX_BYTES, dau.getMaxBytes());
    }

    @Test
    void aReportGetsAReceiptWithItsDeadlineAndTheRegionAnEmail() throws Exception {
        at(LocalDate.of(YEAR, 4, 3), 10);
        byte[] content = TestFiles.pdf("Laporan DAU Maret " + YEAR + " Kab. Bogor");
        LaporReceipt r = lapor.submit(form("32.01", "DAU", YEAR + "-03"),
                List.of(file("laporan-dau.pdf", content), file("rekap.xlsx", TestFiles.xlsx())));
        assertTrue(r.receipt().matches("LPR-" + YEAR + "-\\d{6}"), r.receipt());
        assertTrue(AccessCode.isWellFormed(r.accessCode()));
        assertEquals(dauDeadline(3), r.deadline());
        assertEquals(Boolean.TRUE, r.onTime());

        LaporSubmission s = lapor.findForRegion(r.receipt(), r.accessCode()).orElseThrow();
        assertEquals(LaporStatus.RECEIVED, s.getStatus());
        assertEquals(YEAR + "-03", s.getPeriod());
        assertEquals(2, s.getCurrentFiles().size());
        assertEquals(sha256(content), s.getCurrentFiles().get(0).getSha256());
        assertEquals(content.length, s.getCurrentFiles().get(0).getSizeBytes());
        try (InputStream in = lapor.open(s.getCurrentFiles().get(0))) {
            assertEquals(sha256(content), sha256(in.readAllBytes()));
        }
        assertTrue(lapor.findForRegion(r.receipt(), AccessCode.generate()).isEmpty(), "a wrong code finds nothing");
        assertTrue(lapor.findForRegion("LPR-" + YEAR + "-999999", r.accessCode()).isEmpty());

        List<OutboxMessage> sent = mailAbout(r.receipt());
        assertEquals(1, sent.size());
        assertEquals("bpkad@3201.go.id", sent.get(0).getRecipient());
        assertTrue(sent.get(0).getBody().contains(sha256(content)), "the receipt lists each file's SHA-256");
        assertTrue(sent.get(0).getBody().contains("tepat waktu"));
        assertEquals(List.of("tanda-terima-" + r.receipt() + ".pdf"), sent.get(0).getAttachments().stream()
                .map(a -> a.getFileName()).toList(), "the Tanda Terima goes with the e-mail");

        String pdf = pdfText(lapor.receiptPdf(r.receipt(), r.accessCode()).orElseThrow());
        assertTrue(pdf.replaceAll("\\s", "").contains(sha256(content)), "a long hash wraps in its cell: " + pdf);
        assertTrue(pdf.contains("TANDA TERIMA LAPORAN") && pdf.contains(r.receipt())
                && pdf.contains("Kabupaten Bogor") && pdf.contains("tepat waktu"), pdf);
        assertTrue(pdf.contains(id.djpk.portal.letter.OfficialPdf.ADDRESS), "the office's letterhead: " + pdf);
        assertTrue(lapor.receiptPdf(r.receipt(), AccessCode.generate()).isEmpty(), "only with the code");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void lateReportsAndTypesWithoutDeadline() {
        at(dauDeadline(5).plusDays(1), 9);
        LaporReceipt late = lapor.submit(form("32.02", "DAU", YEAR + "-05"), List.of(pdf("DAU Mei terlambat")));
        assertEquals(Boolean.FALSE, late.onTime());
        at(dauDeadline(6), 23);
        LaporReceipt lastEvening = lapor.submit(form("32.02", "DAU", YEAR + "-06"), List.of(pdf("DAU Juni malam")));
        assertEquals(Boolean.TRUE, lastEvening.onTime(), "23:05 WIB on the last day is on time");
        LaporReceipt none = lapor.submit(form("32.02", "INSENTIF", Integer.toString(YEAR - 1)), List.of(pdf("Insentif")));
        assertNull(none.deadline());
        assertNull(none.onTime());
    }

    @Test
    void theSameFileAgainIsAlreadyReceivedAndNothingIsStored() {
        at(LocalDate.of(YEAR, 5, 6), 10);
        byte[] content = TestFiles.pdf("DAU April " + YEAR + " Kab. Sukabumi");
        LaporReceipt first = lapor.submit(form("32.02", "DAU", YEAR + "-04"), List.of(file("a.pdf", content)));
        int before = desk.queue(new LaporDesk.Filter(null, null, "32.02", null, null)).size();
        DuplicateReportException e = assertThrows(DuplicateReportException.class,
                () -> lapor.submit(form("32.02", "DAU", YEAR + "-04"), List.of(file("lagi.pdf", content), pdf("lain"))));
        assertEquals(first.receipt(), e.getEarlierReceipt());
        assertEquals(before, desk.queue(new LaporDesk.Filter(null, null, "32.02", null, null)).size());
        assertEquals(LaporStatus.RECEIVED, lapor.require(first.receipt()).getStatus(), "the earlier one is not superseded");
        // the same file for another period or region is another report
        lapor.submit(form("32.02", "DAU", YEAR + "-02"), List.of(file("a.pdf", content)));
        lapor.submit(form("32.03", "DAU", YEAR + "-04"), List.of(file("a.pdf", content)));
    }

    @Test
    void aNewVersionSupersedesTheEarlierAndIsNotCountedAgain() {
        YearMonth month = YearMonth.of(YEAR, 7);
        at(month.atDay(8), 10);
        LaporFigures before = desk.figures(month);
        LaporReceipt first = lapor.submit(form("32.04", "DAK_NF", YEAR + "-Q2"), List.of(pdf("DAK NF Q2 v1")));
        LaporReceipt second = lapor.submit(form("32.04", "DAK_NF", YEAR + "-Q2"), List.of(pdf("DAK NF Q2 v2")));
        LaporSubmission earlier = lapor.require(first.receipt());
        assertEquals(LaporStatus.SUPERSEDED, earlier.getStatus());
        assertEquals(second.receipt(), earlier.getSupersededBy());
        assertEquals(first.receipt(), lapor.require(second.receipt()).getSupersedes());
        List<LaporSubmission> queue = desk.queue(new LaporDesk.Filter("DAK_NF", YEAR + "-Q2", "32.04", null, null));
        assertEquals(List.of(second.receipt()), queue.stream().map(LaporSubmission::getReceipt).toList());
        LaporFigures after = desk.figures(month);
        assertEquals(1, after.total() - before.total());
        assertEquals(1, after.byType().getOrDefault("DAK_NF", 0L) - before.byType().getOrDefault("DAK_NF", 0L));
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsStored() {
        at(LocalDate.of(YEAR, 8, 5), 10);
        InvalidInputException all = assertThrows(InvalidInputException.class, () -> lapor.submit(new LaporForm(), List.of()));
        assertEquals(List.of("region_code", "name", "email", "report_type", "period", "file"), fields(all));

        LaporForm f = form("99.99", "DAU", YEAR + "-Q2");
        f.setEmail("bukan-surel");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> lapor.submit(f, List.of(pdf("x"))));
        assertEquals(List.of("email", "region_code", "period"), fields(e));
        assertEquals("lapor.periodKind", e.getViolations().get(2).key());

        InvalidInputException type = assertThrows(InvalidInputException.class,
                () -> lapor.submit(form("32.05", "NOPE", YEAR + "-07"), List.of(pdf("x"))));
        assertEquals(List.of("report_type"), fields(type));

        InvalidInputException fake = assertThrows(InvalidInputException.class, () -> lapor.submit(form("32.05", "DAU", YEAR + "-07"),
                List.of(file("laporan.pdf", TestFiles.fakePdf()))));
        assertEquals(List.of("file"), fields(fake));
        InvalidInputException kind = assertThrows(InvalidInputException.class, () -> lapor.submit(form("32.05", "DAU", YEAR + "-07"),
                List.of(file("data.csv", TestFiles.csv()))));
        assertEquals("lapor.fileKind", kind.getViolations().get(0).key());
        assertTrue(desk.queue(new LaporDesk.Filter(null, null, "32.05", null, null)).isEmpty());
    }

    @Test
    void theUnitReturnsTheRegionCorrectsOnTheSameReceiptAndTheUnitAccepts() {
        at(LocalDate.of(YEAR, 9, 2), 10);
        LaporReceipt r = lapor.submit(form("32.06", "DAU", YEAR + "-08"), List.of(pdf("DAU Agustus v1")));
        BusinessException other = assertThrows(BusinessException.class, () -> desk.decide(r.receipt(), "ACCEPTED", null, DTK));
        assertEquals("lapor.notYourUnit", other.getKey());
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> desk.decide(r.receipt(), "RETURNED", " ", DTU));
        assertEquals(List.of("reason"), fields(noReason));
        assertThrows(InvalidInputException.class, () -> desk.decide(r.receipt(), "MAYBE", null, DTU));
        BusinessException notYet = assertThrows(BusinessException.class,
                () -> lapor.correct(r.receipt(), r.accessCode(), null, List.of(pdf("too early"))));
        assertEquals("lapor.notReturned", notYet.getKey());

        desk.review(r.receipt(), DTU);
        assertEquals(LaporStatus.IN_REVIEW, lapor.require(r.receipt()).getStatus());
        at(LocalDate.of(YEAR, 9, 3), 10);
        desk.decide(r.receipt(), "RETURNED", "Lampiran realisasi belum ditandatangani.", DTU);
        LaporSubmission returned = lapor.require(r.receipt());
        assertEquals(LaporStatus.RETURNED, returned.getStatus());
        assertTrue(mailAbout(r.receipt()).stream().anyMatch(m -> m.getBody().contains("belum ditandatangani")),
                "the reason is e-mailed to the region");

        assertTrue(assertThrows(BusinessException.class, () -> lapor.correct(r.receipt(), AccessCode.generate(), null,
                List.of(pdf("v2")))).getKey().equals("lapor.notFound"), "a wrong code corrects nothing");
        at(LocalDate.of(YEAR, 9, 4), 10);
        LaporSubmission corrected = lapor.correct(r.receipt(), r.accessCode(), "Sudah ditandatangani", List.of(pdf("DAU Agustus v2")));
        assertEquals(LaporStatus.RECEIVED, corrected.getStatus());
        assertEquals(2, corrected.getFileVersion());
        assertEquals(1, corrected.getCurrentFiles().size());
        assertEquals(2, corrected.getFiles().size(), "both versions kept");
        assertEquals(Boolean.TRUE, corrected.getOnTime(), "the first receipt's judgement stays");

        desk.decide(r.receipt(), "ACCEPTED", null, ADMIN);
        LaporSubmission accepted = lapor.require(r.receipt());
        assertEquals(LaporStatus.ACCEPTED, accepted.getStatus());
        assertEquals(List.of("RECEIVED", "IN_REVIEW", "RETURNED", "CORRECTED", "ACCEPTED"),
                accepted.getEvents().stream().map(x -> x.kindName()).toList());
        assertEquals("lapor.notOpen", assertThrows(BusinessException.class,
                () -> desk.decide(r.receipt(), "RETURNED", "lagi", DTU)).getKey());
        assertEquals(List.of(r.receipt()), desk.queue(new LaporDesk.Filter(null, null, "32.06", LaporStatus.ACCEPTED, "DTU"))
                .stream().map(LaporSubmission::getReceipt).toList());
        assertTrue(desk.queue(new LaporDesk.Filter(null, null, "32.06", null, "DTK")).isEmpty(), "another unit's queue");
    }

    @Inject
    LaporCompliance compliance;
    @Inject
    LaporReminders reminders;

    /** The {@code n}-th working day before {@code day} (the run's year has no holidays entered). */
    static LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            do {
                d = d.minusDays(1);
            } while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        }
        return d;
    }

    @Test
    void theComplianceMatrixShowsEveryRegionAndTheMissingAreRemindedOnce() {
        String period = YEAR + "-03";
        LocalDate deadline = dauDeadline(3); // IKD has DAU's rule: day 10 of the month after
        // February's reports give the portal the regions' addresses
        at(LocalDate.of(YEAR, 3, 6), 10);
        for (String region : List.of("33.01", "33.02", "33.03")) {
            lapor.submit(form(region, "IKD", YEAR + "-02"), List.of(pdf("IKD Februari " + region)));
        }
        at(workingDaysBefore(deadline, 6), 10);
        LaporReceipt onTime = lapor.submit(form("33.01", "IKD", period), List.of(pdf("IKD Maret 33.01")));
        LaporReceipt returned = lapor.submit(form("33.03", "IKD", period), List.of(pdf("IKD Maret 33.03")));
        desk.decide(returned.receipt(), "RETURNED", "Tabel realisasi kosong.", new LaporDesk.Reviewer("SIPT", false));

        // three working days before the deadline: 33.02 is missing and reminded at its known address, once
        at(workingDaysBefore(deadline, 3), 7);
        LaporReminders.Run run = reminders.remindMissing();
        assertTrue(run.reports() >= 1 && run.reminded() >= 1, run.toString());
        String about = "IKD/" + period + "/33.02";
        List<OutboxMessage> reminder = mail.about(LaporReminders.ABOUT, about);
        assertEquals(List.of("bpkad@3302.go.id"), reminder.stream().map(OutboxMessage::getRecipient).toList());
        assertTrue(reminder.get(0).getBody().contains("Yth. Pemerintah Kabupaten Banyumas")
                && reminder.get(0).getBody().contains("/lapor"), reminder.get(0).getBody());
        assertTrue(mail.about(LaporReminders.ABOUT, "IKD/" + period + "/33.01").isEmpty(), "sent: not reminded");
        assertTrue(mail.about(LaporReminders.ABOUT, "IKD/" + period + "/33.03").isEmpty(), "returned: it has its own letter");
        assertEquals(new LaporReminders.Run(0, 0, 0), reminders.remindMissing(), "once a day");
        at(workingDaysBefore(deadline, 2), 7);
        reminders.remindMissing();
        assertEquals(1, mail.about(LaporReminders.ABOUT, about).size(), "once per region and report");

        // after the deadline 33.02 sends it late
        at(deadline.plusDays(1), 9);
        lapor.submit(form("33.02", "IKD", period), List.of(pdf("IKD Maret 33.02 terlambat")));
        ComplianceMatrix m = compliance.matrix("IKD", period, null);
        assertEquals(deadline, m.deadline());
        assertTrue(m.deadlinePassed());
        assertEquals(compliance.matrix("IKD", period, "SIPT").rows().size(), m.rows().size(), "the owning unit reads it");
        Map<String, ComplianceRow> rows = new java.util.HashMap<>();
        m.rows().forEach(r -> rows.put(r.regionCode(), r));
        assertEquals(552, rows.size(), "every region");
        assertEquals(ComplianceState.ON_TIME, rows.get("33.01").state());
        assertEquals(onTime.receipt(), rows.get("33.01").receipt());
        assertEquals(ComplianceState.LATE, rows.get("33.02").state());
        assertTrue(rows.get("33.02").remindedAt() != null, "the reminder shows");
        assertEquals(ComplianceState.RETURNED, rows.get("33.03").state());
        assertEquals(ComplianceState.MISSING, rows.get("33.04").state());
        assertNull(rows.get("33.04").receipt());
        assertTrue(m.counts().get(ComplianceState.MISSING) <= 549);
        assertTrue(ComplianceCsv.write(m, WIB).lines().anyMatch(l -> l.startsWith("IKD," + period + "," + deadline + ",33.02,")));

        assertEquals("lapor.notYourUnit", assertThrows(BusinessException.class, () -> compliance.matrix("IKD", period, "DTU")).getKey());
        assertEquals(List.of("period"), fields(assertThrows(InvalidInputException.class, () -> compliance.matrix("IKD", YEAR + "-Q1", null))));
        assertEquals("lapor.typeUnknown", assertThrows(BusinessException.class, () -> compliance.matrix("NOPE", period, null)).getKey());
        assertEquals(YEAR + "-03", compliance.latestEndedPeriod("IKD"), "in April the latest ended month is March");
    }

    @Test
    void figuresPerMonthAndTheMonthlyReportsLines() {
        YearMonth month = YearMonth.of(YEAR, 11);
        at(month.atDay(1), 9);
        LaporFigures before = desk.figures(month);
        Map<String, Long> reportBefore = reportFigures.values(month);
        at(LocalDate.of(YEAR, 11, 6), 10);
        lapor.submit(form("32.07", "DAU", YEAR + "-10"), List.of(pdf("DAU Oktober 32.07")));
        at(dauDeadline(10).plusDays(3), 10);
        lapor.submit(form("32.08", "DAU", YEAR + "-10"), List.of(pdf("DAU Oktober 32.08 late")));
        lapor.submit(form("32.07", "IKD", YEAR + "-10"), List.of(pdf("IKD Oktober")));
        lapor.submit(form("32.07", "PERDA", Integer.toString(YEAR)), List.of(pdf("Perda APBD")));
        LaporFigures after = desk.figures(month);
        assertEquals(4, after.total() - before.total());
        assertEquals(2, after.byType().get("DAU") - before.byType().getOrDefault("DAU", 0L));
        assertEquals(2, after.late() - before.late(), "DAU and IKD of October after their deadline");
        assertEquals(2, after.onTime() - before.onTime(), "DAU of 32.07 and the Perda");
        assertTrue(after.ytd() >= after.total());
        Map<String, Long> report = reportFigures.values(month);
        assertEquals(2, report.get("emailLapor.byType.DAU") - reportBefore.getOrDefault("emailLapor.byType.DAU", 0L));
        assertEquals(2, report.get("emailLapor.byType.APBD_IKD") - reportBefore.getOrDefault("emailLapor.byType.APBD_IKD", 0L),
                "IKD and Perda count in the report's APBD/IKD line");
        assertTrue(reportFigures.keys().contains("emailLapor.byType.LAINNYA"));
        assertTrue(reportFigures.measures(month));
        assertFalse(reportFigures.measures(YearMonth.of(2000, 1)), "before the first report the editors' figures stand");
    }

    @Test
    void administratorsSetTypes() {
        String code = "UJI_" + (YEAR % 100) + "_" + (System.nanoTime() % 1000);
        LaporType t = lapor.setType(code, "Laporan Uji", "P2D", "SEMESTER", new DeadlineRule(2, 31), null, null);
        assertEquals("LAINNYA", t.getReportGroup());
        assertEquals(LaporType.ALLOWED_KINDS, t.fileKinds());
        assertEquals(50, t.getMaxMb());
        LaporType changed = lapor.setType(code, "Laporan Uji Semester", "P2D", "SEMESTER", null, null, null);
        assertTrue(changed.deadline().isEmpty());
        assertEquals("Laporan Uji Semester", lapor.findType(code).orElseThrow().getName());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> lapor.setType("x y", " ", "NOPE", "WEEKLY", null, List.of("PNG"), 51));
        assertEquals(List.of("code", "name", "unit", "period", "accepts", "maxMb"), fields(e));
        assertFalse(lapor.activeTypes().isEmpty());
    }

    @Test
    void aTypeKeepsItsFileKindsAndSizeAndTheIntakeHoldsToThem() {
        at(LocalDate.of(YEAR, 4, 3), 10);
        String code = "UJI_BERKAS_" + (System.nanoTime() % 1000);
        LaporType t = lapor.setType(code, "Laporan Uji Berkas", "P2D", "YEARLY", null, List.of("pdf", " ZIP"), 1);
        assertEquals(java.util.EnumSet.of(FileKind.PDF, FileKind.ZIP), t.fileKinds());
        assertEquals(1, t.getMaxMb());
        assertEquals(1024 * 1024, t.getMaxBytes());
        LaporType renamed = lapor.setType(code, "Laporan Uji Berkas Tahunan", "P2D", "YEARLY", null, null, null);
        assertEquals("PDF, ZIP", renamed.fileKindsText(), "kinds left out stay as they were");
        assertEquals(1, renamed.getMaxMb(), "size left out stays as it was");
        assertEquals(List.of("accepts", "maxMb"), fields(assertThrows(InvalidInputException.class,
                () -> lapor.setType(code, "Laporan Uji Berkas", "P2D", "YEARLY", null, List.of(), 0))));
        assertEquals(List.of("accepts"), fields(assertThrows(InvalidInputException.class,
                () -> lapor.setType(code, "Laporan Uji Berkas", "P2D", "YEARLY", null, List.of("PDF", "PPTX"), null))));

        String period = Integer.toString(YEAR - 1);
        InvalidInputException kind = assertThrows(InvalidInputException.class,
                () -> lapor.submit(form("32.09", code, period), List.of(file("rekap.xlsx", TestFiles.xlsx()))));
        assertEquals("lapor.fileKind", kind.getViolations().get(0).key());
        assertEquals("Berkas \"rekap.xlsx\" tidak dapat diterima untuk laporan ini; jenis yang diterima: PDF, ZIP.",
                Messages.text(Locale.forLanguageTag("id"), kind.getViolations().get(0).key(), kind.getViolations().get(0).arguments().toArray()));
        byte[] big = java.util.Arrays.copyOf(TestFiles.pdf("Laporan Uji Berkas " + YEAR), 1024 * 1024 + 1);
        InvalidInputException size = assertThrows(InvalidInputException.class,
                () -> lapor.submit(form("32.09", code, period), List.of(file("laporan-besar.pdf", big))));
        assertEquals(List.of("file"), fields(size));
        Violation tooLarge = size.getViolations().get(0);
        assertEquals("Berkas \"laporan-besar.pdf\" melebihi batas 1 MB untuk laporan ini.",
                Messages.text(Locale.forLanguageTag("id"), tooLarge.key(), tooLarge.arguments().toArray()));
        assertEquals("The file \"laporan-besar.pdf\" exceeds the 1 MB limit of this report.",
                Messages.text(Locale.ENGLISH, tooLarge.key(), tooLarge.arguments().toArray()));
        assertTrue(desk.queue(new LaporDesk.Filter(code, null, "32.09", null, null)).isEmpty(), "nothing received");

        LaporReceipt ok = lapor.submit(form("32.09", code, period), List.of(pdf("Laporan Uji Berkas " + YEAR + " 32.09")));
        assertNotNull(ok.receipt());
    }

    // ---------------------------------------------------------------- by e-mail, during the change-over

    /** A report e-mailed to the lapor mailbox: a text, a PDF and a CSV the report types do not take. */
    static String reportMail(String messageId, String from, String subject, byte[] pdf) {
        String b = "b-" + EmailChannelContract.unique();
        return "Message-ID: " + messageId + "\nFrom: " + from + "\nTo: " + EmailChannelContract.LAPOR + "\nSubject: " + subject
                + "\nDate: Wed, 2 Dec 2026 09:15:00 +0700\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"" + b + "\"\n\n"
                + "--" + b + "\nContent-Type: text/plain; charset=UTF-8\n\nTerlampir laporan kami.\n"
                + "--" + b + "\nContent-Type: application/pdf; name=\"laporan-dau-mei.pdf\"\n"
                + "Content-Disposition: attachment; filename=\"laporan-dau-mei.pdf\"\nContent-Transfer-Encoding: base64\n\n"
                + java.util.Base64.getMimeEncoder().encodeToString(pdf) + "\n"
                + "--" + b + "\nContent-Type: text/csv; name=\"rekap.csv\"\nContent-Disposition: attachment; filename=\"rekap.csv\"\n\n"
                + new String(TestFiles.csv(), java.nio.charset.StandardCharsets.UTF_8) + "\n"
                + "--" + b + "--\n";
    }

    FetchReport fetchLapor() {
        try {
            return fetcher.fetch(Mailbox.LAPOR);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReportSentByEmailWaitsToBeClassifiedThenBecomesASubmissionReceivedWhenTheServerReceivedIt() throws Exception {
        EmailChannelContract.mailServer();
        String sender = "bpkad." + EmailChannelContract.unique() + "@sintangkab.go.id";
        String id = "<" + EmailChannelContract.unique() + "@sintangkab.go.id>";
        byte[] pdf = TestFiles.pdf("Laporan DAU Mei " + YEAR + " Kab. Sintang " + id);
        String raw = reportMail(id, "\"BPKAD Kab. Sintang\" <" + sender + ">", "Laporan DAU Mei " + YEAR + " Kab. Sintang", pdf);
        EmailChannelContract.deliver(EmailChannelContract.LAPOR, raw);
        String questionId = "<" + EmailChannelContract.unique() + "@example.com>";
        EmailChannelContract.deliver(EmailChannelContract.LAPOR, EmailChannelContract.plain(questionId, "warga@example.com",
                "Pertanyaan jadwal DAU", "Kapan DAU bulan ini disalurkan?"));
        long waitingBefore = laporMailbox.waitingCount();

        FetchReport report = fetchLapor();
        assertEquals(2, report.stored(), report.toString());
        assertEquals(0, EmailChannelContract.count(EmailChannelContract.LAPOR, "INBOX"), "the mailbox is emptied once kept");
        assertEquals(2, EmailChannelContract.count(EmailChannelContract.LAPOR, "Diproses"));
        assertEquals(waitingBefore + 2, laporMailbox.waitingCount(), "both wait, the one without files too");
        InboxEntry entry = ledger.find(Mailbox.LAPOR, id);
        assertEquals(InboxEntry.State.NEW, entry.getState());
        assertEquals(List.of("laporan-dau-mei.pdf", "rekap.csv"), entry.getFiles().stream().map(InboxEntry.FileNote::name).toList());
        assertEquals(pdf.length, entry.getFiles().get(0).size());
        assertTrue(ledger.find(Mailbox.LAPOR, questionId).isWithoutFiles(), "marked: it cannot become a submission");
        assertTrue(laporMailbox.waiting(500).stream().anyMatch(e -> e.getId().equals(entry.getId())));

        LaporEmail m = laporMailbox.get(entry.getId()).orElseThrow();
        assertEquals(new SubjectGuess.Guess("DAU", YEAR + "-05", "61.05"), m.guess());
        LaporForm f = m.prefilled();
        assertEquals("61.05", f.getRegionCode());
        assertEquals("BPKAD Kab. Sintang", f.getName());
        assertEquals("BPKAD Kab. Sintang", f.getInstitution());
        assertEquals(sender, f.getEmail());
        assertEquals(entry.getReceivedAt(), m.receivedAt());

        // refused: a period of another kind, the CSV the type does not take; nothing changes
        at(dauDeadline(5).plusDays(7), 10);
        f.setPeriod(YEAR + "-Q2");
        InvalidInputException period = assertThrows(InvalidInputException.class, () -> laporMailbox.submit(entry.getId(), f, Set.of(0)));
        assertEquals(List.of("period"), fields(period));
        f.setPeriod(YEAR + "-05");
        InvalidInputException csv = assertThrows(InvalidInputException.class, () -> laporMailbox.submit(entry.getId(), f, Set.of(0, 1)));
        assertEquals("lapor.fileKind", csv.getViolations().get(0).key());
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> laporMailbox.submit(entry.getId(), f, Set.of()));
        assertEquals(List.of("file"), fields(none));
        assertEquals(InboxEntry.State.NEW, ledger.get(entry.getId()).getState());
        assertTrue(desk.queue(new LaporDesk.Filter("DAU", YEAR + "-05", "61.05", null, null)).stream()
                .noneMatch(s -> id.equals(s.getSourceMessageId())), "no submission from the refused confirmations");

        // confirmed, a week after the deadline: received when the mail server received it, so on time
        LaporReceipt r = laporMailbox.submit(entry.getId(), f, Set.of(0));
        LaporSubmission s = lapor.require(r.receipt());
        assertEquals(entry.getReceivedAt(), s.getReceivedAt(), "the mail server's received time");
        assertEquals(dauDeadline(5), s.getDeadline());
        assertEquals(Boolean.TRUE, s.getOnTime(), "judged on the received time, not on the day it was classified");
        assertEquals(id, s.getSourceMessageId());
        assertEquals(List.of("laporan-dau-mei.pdf"), s.getCurrentFiles().stream().map(x -> x.getFileName()).toList());
        assertEquals(sha256(pdf), s.getCurrentFiles().get(0).getSha256());
        List<OutboxMessage> sent = mailAbout(r.receipt());
        assertEquals(1, sent.size());
        assertEquals(sender, sent.get(0).getRecipient());
        assertTrue(sent.get(0).getBody().contains("melalui surel") && sent.get(0).getBody().contains("/lapor"),
                "the receipt points to the form for next time: " + sent.get(0).getBody());
        assertEquals(InboxEntry.State.CONVERTED, ledger.get(entry.getId()).getState());
        assertEquals(r.receipt(), ledger.get(entry.getId()).getLaporReceipt());
        assertFalse(laporMailbox.waiting(500).stream().anyMatch(e -> e.getId().equals(entry.getId())), "no longer waiting");
        assertEquals("lapor.emailAlreadySubmitted", assertThrows(BusinessException.class,
                () -> laporMailbox.submit(entry.getId(), f, Set.of(0))).getKey());
        assertTrue(audit.forEntity("InboxEntry", entry.getId()).stream().anyMatch(a -> a.getAction().equals("LAPOR_EMAIL_SUBMITTED")
                && a.getDetail().contains(r.receipt())), "audited");
        assertArrayEquals(pdf, laporMailbox.attachment(entry.getId(), 0).orElseThrow().content(), "the file opens for staff");
        assertTrue(laporMailbox.attachment(entry.getId(), 2).isEmpty());

        // the same message again: nothing new
        EmailChannelContract.deliver(EmailChannelContract.LAPOR, raw);
        FetchReport again = fetchLapor();
        assertEquals(0, again.stored(), again.toString());
        assertEquals(1, again.moved());
        assertEquals(0, EmailChannelContract.count(EmailChannelContract.LAPOR, "INBOX"));
        assertEquals(InboxEntry.State.CONVERTED, ledger.find(Mailbox.LAPOR, id).getState());
        assertEquals(1, mailAbout(r.receipt()).size());

        // the message without files: no submission, dismissed with a reason
        long question = ledger.find(Mailbox.LAPOR, questionId).getId();
        LaporForm qf = laporMailbox.get(question).orElseThrow().prefilled();
        qf.setRegionCode("61.05");
        qf.setReportType("DAU");
        qf.setPeriod(YEAR + "-05");
        assertEquals("lapor.emailWithoutFiles", assertThrows(BusinessException.class,
                () -> laporMailbox.submit(question, qf, Set.of(0))).getKey());
        assertEquals(List.of("reason"), fields(assertThrows(InvalidInputException.class, () -> laporMailbox.dismiss(question, " "))));
        laporMailbox.dismiss(question, "Pertanyaan, bukan laporan; diteruskan ke Contact Center.");
        InboxEntry dismissed = ledger.get(question);
        assertEquals(InboxEntry.State.DISMISSED, dismissed.getState());
        assertTrue(audit.forEntity("InboxEntry", question).stream().anyMatch(a -> a.getAction().equals("LAPOR_EMAIL_DISMISSED")));
        assertEquals("Pertanyaan, bukan laporan; diteruskan ke Contact Center.", dismissed.getDismissReason());
        assertEquals("lapor.emailDismissed", assertThrows(BusinessException.class, () -> laporMailbox.dismiss(question, "lagi")).getKey());
        assertTrue(laporMailbox.get(-1).isEmpty());
    }
}
