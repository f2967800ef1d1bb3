package id.djpk.portal.web.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.djpk.portal.report.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures page shows the changes the monthly report prints: {@link Change}'s rounding, never its own. */
class HelpdeskFiguresBeanTest {

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource({"401,400", "3,4", "4,3", "1,3", "2,3", "1271,1189", "0,7", "7,7"})
    void theChangeIsTheReportsChange(long now, long before) {
        HelpdeskFiguresBean.Row row = new HelpdeskFiguresBean.Row("x", "x", now, before, before, null);
        assertEquals(Change.percent(now, before), row.getChange1());
        assertEquals(Change.percent(now, before), row.getChange12());
    }

    @Test
    void aQuarterOfAPercentRoundsUpAsInTheReport() {
        // 401 against 400 is +0,25 %: the report says "naik 0,3%"; rounding half-even on the page said 0,2
        assertEquals(0.3, new HelpdeskFiguresBean.Row("x", "x", 401, 400, 400, null).getChange1());
        assertEquals(33.3, new HelpdeskFiguresBean.Row("x", "x", 4, 3, 3, null).getChange1());
    }

    @Test
    void noBaseNoChange() {
        assertNull(new HelpdeskFiguresBean.Row("x", "x", 5, 0, 0, null).getChange1());
    }
}
