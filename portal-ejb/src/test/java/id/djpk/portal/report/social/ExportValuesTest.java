package id.djpk.portal.report.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportValuesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "1234          | 1234",
            "1,234         | 1234",
            "12,034        | 12034",
            "1,234,567     | 1234567",
            "1.234         | 1234",
            "1.234.567     | 1234567",
            "' 2 871 '     | 2871",
            "-3            | -3",
            "+4            | 4",
            "12.0          | 12",
            "0             | 0"})
    void counts(String cell, long count) {
        assertEquals(count, ExportValues.count(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "--", "N/A", "n/a"})
    void noValue(String cell) {
        assertNull(ExportValues.count(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "12.34", "0.0344", "abc", "12K", "1,23", "99999999999999999999"})
    void notCounts(String cell) {
        assertThrows(NumberFormatException.class, () -> ExportValues.count(cell));
    }
}
