package id.djpk.portal.report.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformMonthTest {

    @ParameterizedTest(name = "{0} over {1} posts → {2}")
    @CsvSource(delimiter = '|', value = {
            // the November 2023 report: Instagram reach 119.939 over 27 feed posts, "Reach (rata-rata) 4.442"
            "119939 | 27 | 4442",
            "19855  | 4  | 4964",
            "5      | 2  | 3",
            "7      | 2  | 4",
            "1      | 3  | 0",
            "0      | 5  | 0"})
    void averageReachRoundsHalfUp(long reach, long posts, long average) {
        assertEquals(average, PlatformMonth.averageReach(reach, posts));
        assertEquals(average, PlatformMonth.of(Platform.FACEBOOK, YearMonth.of(2023, 11), posts, null, reach, null,
                null, "s").averageReach());
    }

    @ParameterizedTest
    @CsvSource(value = {"1200,", ",4", "1200,0"}, nullValues = "")
    void noAverageWithoutReachAndPosts(Long reach, Long posts) {
        assertNull(PlatformMonth.averageReach(reach, posts));
    }
}
