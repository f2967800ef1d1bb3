package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeTest {

    static final Locale ID = Change.INDONESIAN;

    @ParameterizedTest(name = "{0} against {1}: {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            // from the seeds: publications 10 against 17, webinars 10 against 16 and 5, blasts 3 against 8 and 5
            "10   | 17   | -41.2 | turun 41,2%",
            "10   | 16   | -37.5 | turun 37,5%",
            "10   | 5    | 100.0 | naik 100%",
            "3    | 8    | -62.5 | turun 62,5%",
            "3    | 5    | -40.0 | turun 40%",
            "1271 | 1322 | -3.9  | turun 3,9%",
            "1271 | 1450 | -12.3 | turun 12,3%",
            // the brief's examples, rounding half up at the second decimal
            "31   | 30   | 3.3   | naik 3,3%",
            "577  | 1000 | -42.3 | turun 42,3%",
            "2    | 3    | -33.3 | turun 33,3%",
            "1    | 3    | -66.7 | turun 66,7%",
            "1001 | 1000 | 0.1   | naik 0,1%",
            "20001| 20000| 0.0   | sama",
            "5    | 5    | 0.0   | sama",
            "0    | 7    | -100.0| turun 100%",
            "25000| 10   | 249900.0 | naik 249.900%"})
    void changeAndWords(long value, long base, double percent, String words) {
        assertEquals(percent, Change.percent(value, base));
        assertEquals(words, Change.words(Change.percent(value, base), ID));
    }

    @Test
    void noBaseNoChange() {
        assertNull(Change.percent(5L, 0L));
        assertNull(Change.percent(5L, null));
        assertNull(Change.percent(null, 4L));
        assertEquals("tidak ada pembanding", Change.words(null, ID));
        assertEquals("no comparison", Change.words(null, Locale.ENGLISH));
    }

    @Test
    void englishWords() {
        assertEquals("up 3.3%", Change.words(3.3, Locale.ENGLISH));
        assertEquals("down 42.3%", Change.words(-42.3, Locale.ENGLISH));
        assertEquals("unchanged", Change.words(0.0, Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "7|7", "1271|1.271", "16534|16.534", "1000000|1.000.000"})
    void indonesianCounts(long value, String text) {
        assertEquals(text, Change.count(value, ID));
    }

    @Test
    void decimalsAndShares() {
        assertEquals("1.234,5", Change.decimal(1234.5, ID));
        assertEquals("1,234.5", Change.decimal(1234.5, Locale.ENGLISH));
        assertEquals("–", Change.count(null, ID));
        assertEquals(33.3, Change.share(1, 3));
        assertEquals(66.7, Change.share(2, 3));
        assertNull(Change.share(0, 0));
    }

    @Test
    void figureCarriesBothChanges() {
        Figure f = Figure.of(10L, 17L, 0L);
        assertEquals(-41.2, f.changeFromPrevious());
        assertNull(f.changeFromLastYear());
        assertEquals("turun 41,2%", f.previousWords(ID));
        assertEquals("tidak ada pembanding", f.lastYearWords(ID));
    }
}
