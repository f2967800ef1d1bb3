package id.djpk.portal.lapor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Messages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods as regions write them, per period kind, and the clear refusals of the rest. */
class PeriodTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "MONTHLY   | 2024-05   | 2024-05 | 2024-05-01 | 2024-05-31",
            "MONTHLY   | ' 2024-5 '| 2024-05 | 2024-05-01 | 2024-05-31",
            "MONTHLY   | 2024-02   | 2024-02 | 2024-02-01 | 2024-02-29",
            "MONTHLY   | 2024-12   | 2024-12 | 2024-12-01 | 2024-12-31",
            "QUARTERLY | 2024-Q2   | 2024-Q2 | 2024-04-01 | 2024-06-30",
            "QUARTERLY | 2024-q4   | 2024-Q4 | 2024-10-01 | 2024-12-31",
            "QUARTERLY | 2024-TW1  | 2024-Q1 | 2024-01-01 | 2024-03-31",
            "SEMESTER  | 2024-S1   | 2024-S1 | 2024-01-01 | 2024-06-30",
            "SEMESTER  | 2024-s2   | 2024-S2 | 2024-07-01 | 2024-12-31",
            "YEARLY    | 2024      | 2024    | 2024-01-01 | 2024-12-31",
            "ONCE      | 2023      | 2023    | 2023-01-01 | 2023-12-31"})
    void parsesAndFormats(PeriodKind kind, String text, String formatted, LocalDate start, LocalDate end) {
        Period p = Period.parse(kind, text);
        assertEquals(formatted, p.format());
        assertEquals(start, p.start());
        assertEquals(end, p.end());
        assertEquals(p, Period.parse(kind, p.format()), "the written form reads back");
    }

    @ParameterizedTest(name = "{0} ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
            "MONTHLY   | ''        | lapor.periodRequired | Periode wajib diisi, ditulis seperti 2024-05.",
            "MONTHLY   | 2024-13   | lapor.periodFormat   | Periode \"2024-13\" tidak dikenal; tulis seperti 2024-05.",
            "MONTHLY   | 2024-00   | lapor.periodFormat   | Periode \"2024-00\" tidak dikenal; tulis seperti 2024-05.",
            "MONTHLY   | Mei 2024  | lapor.periodFormat   | Periode \"Mei 2024\" tidak dikenal; tulis seperti 2024-05.",
            "MONTHLY   | 2024-Q2   | lapor.periodKind     | Laporan ini per periode seperti 2024-05, bukan \"2024-Q2\".",
            "QUARTERLY | 2024-05   | lapor.periodKind     | Laporan ini per periode seperti 2024-Q2, bukan \"2024-05\".",
            "QUARTERLY | 2024-Q5   | lapor.periodFormat   | Periode \"2024-Q5\" tidak dikenal; tulis seperti 2024-Q2.",
            "SEMESTER  | 2024-S3   | lapor.periodFormat   | Periode \"2024-S3\" tidak dikenal; tulis seperti 2024-S1.",
            "SEMESTER  | 2024      | lapor.periodKind     | Laporan ini per periode seperti 2024-S1, bukan \"2024\".",
            "YEARLY    | 2024-S1   | lapor.periodKind     | Laporan ini per periode seperti 2024, bukan \"2024-S1\".",
            "YEARLY    | 1999      | lapor.periodFormat   | Periode \"1999\" tidak dikenal; tulis seperti 2024.",
            "ONCE      | 24        | lapor.periodFormat   | Periode \"24\" tidak dikenal; tulis seperti 2024."})
    void refusesWithAClearMessage(PeriodKind kind, String text, String key, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Period.parse(kind, text));
        var v = e.getViolations().get(0);
        assertEquals("period", v.field());
        assertEquals(key, v.key());
        assertEquals(message, Messages.text(Locale.forLanguageTag("id"), v.key(), v.arguments().toArray()));
    }
}
