package id.djpk.portal.ppid;

import id.djpk.portal.system.AccessCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.calendar.OfficeHours;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The law's transitions and periods on a calendar with the May–June 2024 days off: Kenaikan Isa Al Masih and
 * its cuti bersama (9–10 May), Waisak and its cuti bersama (23–24 May), Idul Adha and its cuti bersama (17–18 June).
 */
class InformationRequestTest {

    static final PpidDeadlines DEADLINES = new PpidDeadlines(new WorkingDays(Set.of(
            LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 23), LocalDate.of(2024, 5, 24),
            LocalDate.of(2024, 6, 17), LocalDate.of(2024, 6, 18)), OfficeHours.DEFAULT));

    static Instant at(String wib) {
        return OffsetDateTime.parse(wib + "+07:00").toInstant();
    }

    static InformationRequest received(String wib) {
        return new InformationRequest("PPID-2024-00001", AccessCode.hash("code"), PpidForms.valid(), null, DEADLINES, at(wib));
    }

    static InformationRequest decided(String receivedWib, String decidedWib) {
        InformationRequest r = received(receivedWib);
        r.decide(Decision.GRANTED, "Data terlampir.", null, null, null, "ppid", DEADLINES, at(decidedWib));
        return r;
    }

    static List<String> keys(InvalidInputException e) {
        return e.getViolations().stream().map(v -> v.field() + ":" + v.key()).toList();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-02T09:00 | 2024-05-02 | 2024-05-20 | office hours: 10 working days skip 9–10 May and two weekends",
            "2024-05-02T17:30 | 2024-05-03 | 2024-05-21 | after closing time: counted from the next working day",
            "2024-05-04T10:00 | 2024-05-06 | 2024-05-22 | on a Saturday: Monday is the day of receipt",
            "2024-05-08T18:00 | 2024-05-13 | 2024-05-29 | the evening before the holidays: receipt after them"})
    void theAnswerIsDueTenWorkingDaysAfterReceipt(String receivedWib, LocalDate receipt, LocalDate due, String what) {
        InformationRequest r = received(receivedWib);
        assertEquals(receipt, r.getReceiptDay());
        assertEquals(due, r.getFirstDue());
        assertEquals(due, r.getDueDate());
        assertEquals(RequestStatus.RECEIVED, r.getStatus());
        assertEquals(List.of(RequestEvent.Kind.RECEIVED), r.getPublicEvents().stream().map(RequestEvent::getKind).toList());
    }

    @ParameterizedTest(name = "{0} days → {1}")
    @CsvSource({"7, 2024-05-31", "3, 2024-05-27", "1, 2024-05-21"})
    void oneExtensionCountsOnFromTheFirstDueDate(int days, LocalDate due) {
        InformationRequest r = received("2024-05-02T09:00");
        Deadline extended = r.extend(days, "Data realisasi masih direkonsiliasi.", DEADLINES, "ppid", at("2024-05-14T10:00"));
        assertEquals(due, extended.due());
        assertEquals(due, r.getDueDate());
        assertEquals(LocalDate.of(2024, 5, 20), r.getFirstDue());
        assertEquals(RequestStatus.EXTENDED, r.getStatus());
        assertTrue(extended.explain(Locale.ENGLISH).startsWith(days + " working day"), extended.explain(Locale.ENGLISH));
    }

    @Test
    void aSecondExtensionIsRefused() {
        InformationRequest r = received("2024-05-02T09:00");
        r.extend(3, "Data masih direkonsiliasi.", DEADLINES, "ppid", at("2024-05-14T10:00"));
        BusinessException e = assertThrows(BusinessException.class,
                () -> r.extend(4, "Lagi.", DEADLINES, "ppid", at("2024-05-15T10:00")));
        assertEquals("ppid.alreadyExtended", e.getKey());
        assertEquals(LocalDate.of(2024, 5, 27), r.getDueDate());
    }

    @ParameterizedTest(name = "{0} days, reason \"{1}\" → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "0    | Alasan | days:ppid.extensionDaysOutOfRange",
            "8    | Alasan | days:ppid.extensionDaysOutOfRange",
            "NULL | Alasan | days:ppid.extensionDaysOutOfRange",
            "5    | ' '    | reason:ppid.required",
            "5    | NULL   | reason:ppid.required"})
    void anExtensionNeedsUpToSevenDaysAndAWrittenReason(Integer days, String reason, String violation) {
        InformationRequest r = received("2024-05-02T09:00");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> r.extend(days, reason, DEADLINES, "ppid", at("2024-05-14T10:00")));
        assertEquals(List.of(violation), keys(e));
        assertNull(r.getExtensionDays());
    }

    @Test
    void anExtensionAfterTheDueDateIsTooLate() {
        InformationRequest r = received("2024-05-02T09:00");
        assertEquals("ppid.extensionTooLate", assertThrows(BusinessException.class,
                () -> r.extend(3, "Terlambat.", DEADLINES, "ppid", at("2024-05-21T08:00"))).getKey());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "on the first due date           | 2024-05-20T16:00 | true",
            "the morning after the due date  | 2024-05-21T08:00 | false",
            "a week late                     | 2024-05-28T10:00 | false"})
    void theStaffPageOffersTheExtensionOnlyWhileTheEntityWouldGrantIt(String what, String nowWib, boolean may) {
        InformationRequest r = received("2024-05-02T09:00");
        assertEquals(may, r.mayExtend(DEADLINES, at(nowWib)), what);
        if (may) {
            r.extend(3, "Data masih dihimpun.", DEADLINES, "ppid", at(nowWib));
        } else {
            assertThrows(BusinessException.class, () -> r.extend(3, "Terlambat.", DEADLINES, "ppid", at(nowWib)));
        }
    }

    @Test
    void noExtensionIsOfferedTwiceOrAfterTheDecision() {
        InformationRequest extended = received("2024-05-02T09:00");
        extended.extend(3, "Data masih direkonsiliasi.", DEADLINES, "ppid", at("2024-05-14T10:00"));
        assertEquals(false, extended.mayExtend(DEADLINES, at("2024-05-15T10:00")), "already extended");
        assertEquals(false, decided("2024-05-02T09:00", "2024-05-06T10:00").mayExtend(DEADLINES, at("2024-05-07T10:00")),
                "already decided");
        assertEquals(true, received("2024-05-02T09:00").mayExtend(DEADLINES, at("2024-05-07T10:00")), "received, in time");
    }

    @Test
    void withholdingNeedsAnArticle17GroundAndAConsequenceTest() {
        InformationRequest r = received("2024-05-02T09:00");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.decide(Decision.REJECTED,
                "Ditolak.", null, " ", null, "ppid", DEADLINES, at("2024-05-15T10:00")));
        assertEquals(List.of("exemption_ground:ppid.exemptionGroundRequired", "consequence_test:ppid.required"), keys(e));
        e = assertThrows(InvalidInputException.class, () -> r.decide(null, null, null, null, null, "ppid", DEADLINES,
                at("2024-05-15T10:00")));
        assertEquals(List.of("decision:ppid.choiceRequired", "decision_text:ppid.required"), keys(e));
        assertEquals(RequestStatus.RECEIVED, r.getStatus());

        r.decide(Decision.PARTLY_GRANTED, "Sebagian diberikan.", ExemptionGround.H_PERSONAL_SECRETS,
                "Nama penerima hibah perorangan adalah rahasia pribadi.", "ignored", "ppid", DEADLINES, at("2024-05-15T10:00"));
        assertEquals(ExemptionGround.H_PERSONAL_SECRETS, r.getExemptionGround());
        assertNull(r.getHoldingBody(), "only a NOT_HELD notice names the body that holds the information");
        assertEquals(LocalDate.of(2024, 5, 15), r.getDecisionDay());
        assertEquals(7, DEADLINES.daysTaken(r.getReceiptDay(), r.getDecisionDay()));
        assertEquals(0, DEADLINES.daysTaken(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 4)),
                "decided at the weekend on a request that counts as received on Monday");
        assertEquals("ppid.notAwaitingDecision", assertThrows(BusinessException.class, () -> r.decide(Decision.GRANTED,
                "Lagi.", null, null, null, "ppid", DEADLINES, at("2024-05-16T10:00"))).getKey());
    }

    @Test
    void grantingIgnoresAGroundAndNotHeldKeepsTheHoldingBody() {
        InformationRequest granted = received("2024-05-02T09:00");
        granted.decide(Decision.GRANTED, "Terlampir.", ExemptionGround.A_LAW_ENFORCEMENT, "x", null, "ppid", DEADLINES,
                at("2024-05-15T10:00"));
        assertNull(granted.getExemptionGround());
        assertNull(granted.getConsequenceTest());
        InformationRequest notHeld = received("2024-05-02T09:00");
        notHeld.decide(Decision.NOT_HELD, "Tidak dikuasai.", null, null, " BPS Provinsi Jawa Barat ", "ppid", DEADLINES,
                at("2024-05-15T10:00"));
        assertEquals("BPS Provinsi Jawa Barat", notHeld.getHoldingBody());
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "A_REFUSED      | 2024-05-16T10:00 | OK",
            "E_NOT_FULFILLED | 2024-07-02T16:59 | OK",
            "E_NOT_FULFILLED | 2024-07-02T20:00 | OK",
            "E_NOT_FULFILLED | 2024-07-03T08:00 | ppid.objectionTooLate",
            "C_NOT_ANSWERED | 2024-05-16T10:00 | ppid.objectionAnswered"})
    void anObjectionIsDueWithin30WorkingDaysOfTheDecision(ObjectionGround ground, String filedWib, String outcome) {
        InformationRequest r = decided("2024-05-02T09:00", "2024-05-15T10:00");
        if ("OK".equals(outcome)) {
            r.fileObjection(ground, "Alasan keberatan.", DEADLINES, at(filedWib));
            assertEquals(RequestStatus.OBJECTED, r.getStatus());
        } else {
            assertEquals(outcome, assertThrows(BusinessException.class,
                    () -> r.fileObjection(ground, "Alasan keberatan.", DEADLINES, at(filedWib))).getKey());
            assertEquals(RequestStatus.DECIDED, r.getStatus());
        }
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "C_NOT_ANSWERED | 2024-05-20T16:00 | ppid.objectionNotYetDue",
            "C_NOT_ANSWERED | 2024-05-21T08:00 | OK",
            "C_NOT_ANSWERED | 2024-07-05T10:00 | OK",
            "C_NOT_ANSWERED | 2024-07-08T10:00 | ppid.objectionTooLate",
            "A_REFUSED      | 2024-05-21T08:00 | ppid.objectionBeforeDecision"})
    void notAnsweredCanOnlyBeObjectedOnceTheDueDateHasPassed(ObjectionGround ground, String filedWib, String outcome) {
        InformationRequest r = received("2024-05-02T09:00");
        if ("OK".equals(outcome)) {
            r.fileObjection(ground, "Tidak ada tanggapan.", DEADLINES, at(filedWib));
            assertEquals(RequestStatus.OBJECTED, r.getStatus());
        } else {
            assertEquals(outcome, assertThrows(BusinessException.class,
                    () -> r.fileObjection(ground, "Tidak ada tanggapan.", DEADLINES, at(filedWib))).getKey());
        }
    }

    @Test
    void theSuperiorAnswersWithin30WorkingDaysOnce() {
        InformationRequest r = decided("2024-05-02T09:00", "2024-05-15T10:00");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> r.fileObjection(null, " ", DEADLINES, at("2024-05-17T10:00")));
        assertEquals(List.of("ground:ppid.choiceRequired", "reason:ppid.required"), keys(missing));
        Deadline superior = r.fileObjection(ObjectionGround.A_REFUSED, "Data APBD bukan rahasia.", DEADLINES,
                at("2024-05-17T10:00"));
        assertEquals(LocalDate.of(2024, 7, 4), superior.due());
        assertEquals(LocalDate.of(2024, 7, 4), r.getObjectionDue());
        assertEquals("ppid.objectionAlreadyFiled", assertThrows(BusinessException.class,
                () -> r.fileObjection(ObjectionGround.G_LATE, "Lagi.", DEADLINES, at("2024-05-20T10:00"))).getKey());
        assertEquals(List.of("outcome:ppid.choiceRequired", "objection_text:ppid.required"),
                keys(assertThrows(InvalidInputException.class, () -> r.decideObjection(null, null, "atasan", at("2024-06-03T10:00")))));

        r.decideObjection(ObjectionOutcome.OVERTURNED, "PPID memberikan data dalam 5 hari kerja.", "atasan", at("2024-06-03T10:00"));
        assertEquals(RequestStatus.OBJECTION_DECIDED, r.getStatus());
        assertEquals("ppid.noOpenObjection", assertThrows(BusinessException.class,
                () -> r.decideObjection(ObjectionOutcome.UPHELD, "Lagi.", "atasan", at("2024-06-04T10:00"))).getKey());
        assertEquals(List.of(RequestEvent.Kind.RECEIVED, RequestEvent.Kind.DECIDED, RequestEvent.Kind.OBJECTION_FILED,
                RequestEvent.Kind.OBJECTION_DECIDED), r.getPublicEvents().stream().map(RequestEvent::getKind).toList());
    }

    @ParameterizedTest(name = "due {0}, today {1}: overdue {2}, due soon {3}")
    @CsvSource({
            "2024-05-20, 2024-05-14, false, false",
            "2024-05-20, 2024-05-16, false, true",
            "2024-05-20, 2024-05-17, false, true",
            "2024-05-20, 2024-05-20, false, true",
            "2024-05-20, 2024-05-21, true, false",
            "2024-05-27, 2024-05-22, false, true"})
    void theQueueFlagsWhatIsLateOrDueWithinTwoWorkingDays(LocalDate due, LocalDate today, boolean overdue, boolean soon) {
        assertEquals(overdue, DEADLINES.overdue(due, today));
        assertEquals(soon, DEADLINES.dueSoon(due, today));
    }
}
