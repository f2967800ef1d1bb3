package id.djpk.portal.ppid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingNumberTest {

    @ParameterizedTest
    @CsvSource({"2026, 1, PPID-2026-00001", "2026, 17, PPID-2026-00017", "2027, 99999, PPID-2027-99999"})
    void format(int year, int serial, String expected) {
        assertEquals(expected, TrackingNumber.format(year, serial));
    }

    @Test
    void serialsOutsideFiveDigitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumber.format(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> TrackingNumber.format(2026, 100_000));
        assertThrows(IllegalArgumentException.class, () -> TrackingNumber.format(999, 1));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "PPID-2026-00017     | true",
            "' ppid-2026-00017 ' | true",
            "PPID-2026-0017      | false",
            "PPID-26-00017       | false",
            "PPID-2026-000170    | false",
            "KEB-2026-00017      | false",
            "PPID-2026-00017' OR '1'='1 | false",
            "NULL                | false"})
    void wellFormedAfterNormalizing(String typed, boolean wellFormed) {
        assertEquals(wellFormed, TrackingNumber.isWellFormed(TrackingNumber.normalize(typed)));
    }
}
