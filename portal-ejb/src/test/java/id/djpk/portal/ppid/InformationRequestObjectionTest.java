package id.djpk.portal.ppid;

import static id.djpk.portal.ppid.InformationRequestTest.DEADLINES;
import static id.djpk.portal.ppid.InformationRequestTest.at;
import static id.djpk.portal.ppid.InformationRequestTest.decided;
import static id.djpk.portal.ppid.InformationRequestTest.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.djpk.portal.system.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link InformationRequest#mayObject}: the status page offers the objection exactly when
 * {@link InformationRequest#fileObjection} would take one, on the calendar of {@link InformationRequestTest}.
 */
class InformationRequestObjectionTest {

    @ParameterizedTest(name = "decided 15 May, asked {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-15T11:00 | true",
            "2024-07-02T20:00 | true",
            "2024-07-03T08:00 | false",
            "2024-09-02T10:00 | false"})
    void afterADecisionWithin30WorkingDays(String askedWib, boolean may) {
        assertEquals(may, decided("2024-05-02T09:00", "2024-05-15T10:00").mayObject(DEADLINES, at(askedWib)));
    }

    @ParameterizedTest(name = "due 20 May, undecided, asked {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-03T10:00 | false",
            "2024-05-20T16:00 | false",
            "2024-05-21T08:00 | true",
            "2024-07-05T10:00 | true",
            "2024-07-08T10:00 | false"})
    void undecidedOnceTheDueDateHasPassedWithin30WorkingDays(String askedWib, boolean may) {
        assertEquals(may, received("2024-05-02T09:00").mayObject(DEADLINES, at(askedWib)));
    }

    @Test
    void onlyOnce() {
        InformationRequest r = decided("2024-05-02T09:00", "2024-05-15T10:00");
        r.fileObjection(ObjectionGround.A_REFUSED, "Data APBD bukan rahasia.", DEADLINES, at("2024-05-17T10:00"));
        assertFalse(r.mayObject(DEADLINES, at("2024-05-20T10:00")));
    }

    /** Day by day from receipt to well past every window: the question and the transition never disagree. */
    @Test
    void agreesWithFilingAnObjectionEveryDay() {
        check(() -> received("2024-05-02T09:00"));
        check(() -> decided("2024-05-02T09:00", "2024-05-15T10:00"));
    }

    private static void check(Supplier<InformationRequest> fresh) {
        for (LocalDate day = LocalDate.of(2024, 5, 2); day.isBefore(LocalDate.of(2024, 8, 31)); day = day.plusDays(1)) {
            Instant now = at(day + "T10:00");
            boolean filed = false;
            for (ObjectionGround ground : ObjectionGround.values()) {
                try {
                    fresh.get().fileObjection(ground, "Alasan keberatan.", DEADLINES, now);
                    filed = true;
                } catch (BusinessException refused) {
                    // this ground is not open today
                }
            }
            assertEquals(filed, fresh.get().mayObject(DEADLINES, now), day.toString());
        }
    }
}
