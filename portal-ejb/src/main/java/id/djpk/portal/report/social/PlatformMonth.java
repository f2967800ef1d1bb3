package id.djpk.portal.report.social;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * One platform's figures for one month as read from an export file. A field the file does not carry is null,
 * never estimated: followers is the total on the last day of the month the file has, reach and views are sums
 * over the month's posts or days (a sum of daily reach counts a person once per day, as the platforms' daily
 * series do), and averageReach is the reach per post. {@code source} names the export and the file
 * ("Meta Business Suite: konten-maret.csv"), so the report can mark the figure as read rather than typed.
 */
public record PlatformMonth(Platform platform, YearMonth month, Long posts, Long followers, Long reach,
        Long averageReach, Long profileVisits, Long views, String source) implements Serializable {

    /** The figures of a file that gives no average: reach / posts, rounded half up, when both are known. */
    public static PlatformMonth of(Platform platform, YearMonth month, Long posts, Long followers, Long reach,
            Long profileVisits, Long views, String source) {
        return new PlatformMonth(platform, month, posts, followers, reach, averageReach(reach, posts), profileVisits,
                views, source);
    }

    /** Reach per post rounded half up (119.939 over 27 posts → 4.442); null without both, or without posts. */
    public static Long averageReach(Long reach, Long posts) {
        if (reach == null || posts == null || posts <= 0) {
            return null;
        }
        return BigDecimal.valueOf(reach).divide(BigDecimal.valueOf(posts), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
