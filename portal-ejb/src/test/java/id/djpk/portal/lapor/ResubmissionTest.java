package id.djpk.portal.lapor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.lapor.Resubmission.Earlier;
import id.djpk.portal.lapor.Resubmission.Key;
import id.djpk.portal.lapor.Resubmission.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A report sent again: the same file for the same region, type and period is a duplicate; a new file a new version. */
class ResubmissionTest {

    static final Key DAU_MEI_BOGOR = new Key("32.01", "DAU", "2024-05");
    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);
    static final String C = "c".repeat(64);

    static Earlier earlier(String receipt, Key key, String at, boolean superseded, String... sha256) {
        return new Earlier(receipt, key, Instant.parse(at), superseded, Set.of(sha256));
    }

    @Test
    void theFirstReportIsNew() {
        Resubmission r = Resubmission.of(DAU_MEI_BOGOR, Set.of(A), List.of());
        assertEquals(Kind.NEW, r.kind());
        assertEquals(Optional.empty(), r.supersedes());
    }

    @Test
    void theSameFileForTheSameRegionTypeAndPeriodIsADuplicateOfTheEarlierReceipt() {
        List<Earlier> before = List.of(earlier("LPR-2024-000001", DAU_MEI_BOGOR, "2024-06-03T02:00:00Z", false, A));
        Resubmission r = Resubmission.of(DAU_MEI_BOGOR, Set.of(A), before);
        assertEquals(new Resubmission(Kind.DUPLICATE, "LPR-2024-000001"), r);
        assertEquals(Optional.empty(), r.supersedes(), "nothing stored, nothing superseded");
    }

    @Test
    void oneKnownFileAmongNewOnesMakesTheWholeSubmissionADuplicate() {
        List<Earlier> before = List.of(earlier("LPR-2024-000001", DAU_MEI_BOGOR, "2024-06-03T02:00:00Z", false, A, B));
        assertEquals(Kind.DUPLICATE, Resubmission.of(DAU_MEI_BOGOR, Set.of(C, B), before).kind());
    }

    @Test
    void aDifferentFileIsANewVersionSupersedingTheSubmissionInForce() {
        List<Earlier> before = List.of(
                earlier("LPR-2024-000001", DAU_MEI_BOGOR, "2024-06-03T02:00:00Z", true, A),
                earlier("LPR-2024-000007", DAU_MEI_BOGOR, "2024-06-05T02:00:00Z", false, B));
        Resubmission r = Resubmission.of(DAU_MEI_BOGOR, Set.of(C), before);
        assertEquals(new Resubmission(Kind.SUPERSEDES, "LPR-2024-000007"), r);
        assertEquals(Optional.of("LPR-2024-000007"), r.supersedes());
    }

    @Test
    void aFileOfASupersededVersionIsStillADuplicateAnsweredWithTheFirstReceiptThatHoldsIt() {
        List<Earlier> before = List.of(
                earlier("LPR-2024-000009", DAU_MEI_BOGOR, "2024-06-07T02:00:00Z", false, A, C),
                earlier("LPR-2024-000001", DAU_MEI_BOGOR, "2024-06-03T02:00:00Z", true, A));
        assertEquals(new Resubmission(Kind.DUPLICATE, "LPR-2024-000001"), Resubmission.of(DAU_MEI_BOGOR, Set.of(A), before));
    }

    @Test
    void theSameFileForAnotherRegionTypeOrPeriodIsNoDuplicate() {
        for (Key other : List.of(new Key("32.02", "DAU", "2024-05"), new Key("32.01", "IKD", "2024-05"),
                new Key("32.01", "DAU", "2024-06"))) {
            List<Earlier> before = List.of(earlier("LPR-2024-000001", other, "2024-06-03T02:00:00Z", false, A));
            assertEquals(Kind.NEW, Resubmission.of(DAU_MEI_BOGOR, Set.of(A), before).kind(), other.toString());
        }
    }

    @Test
    void withNoSubmissionInForceADifferentFileIsNew() {
        List<Earlier> before = List.of(earlier("LPR-2024-000001", DAU_MEI_BOGOR, "2024-06-03T02:00:00Z", true, A));
        assertEquals(Kind.NEW, Resubmission.of(DAU_MEI_BOGOR, Set.of(B), before).kind());
    }
}
