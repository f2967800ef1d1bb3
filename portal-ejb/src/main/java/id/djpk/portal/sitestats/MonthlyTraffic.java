package id.djpk.portal.sitestats;

import java.time.YearMonth;
import java.util.List;

/** A month's figures: visitors (sum of daily unique visitors), page views, and the most-visited pages. */
public record MonthlyTraffic(YearMonth month, long visitors, long pageViews, List<PageCount> topPages) {

    public record PageCount(String path, long views) {
    }
}
