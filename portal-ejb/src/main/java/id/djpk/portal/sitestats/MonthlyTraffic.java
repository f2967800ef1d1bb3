package id.djpk.portal.sitestats;

import id.djpk.portal.system.Jsonp;
import java.time.YearMonth;
import java.util.List;

/** A month's figures: visitors (sum of daily unique visitors), page views, and the most-visited pages. */
public record MonthlyTraffic(YearMonth month, long visitors, long pageViews, List<PageCount> topPages) {

    /**
     * The most-visited pages as JSON, as the monthly report and the staff API carry them: {@code path},
     * {@code title} (null when the page was never seen rendered in Bahasa Indonesia) and {@code views}.
     */
    public jakarta.json.JsonArrayBuilder topPagesJson() {
        jakarta.json.JsonArrayBuilder pages = jakarta.json.Json.createArrayBuilder();
        for (PageCount p : topPages) {
            jakarta.json.JsonObjectBuilder o = jakarta.json.Json.createObjectBuilder().add("path", p.path());
            if (p.title() == null) {
                o.addNull("title");
            } else {
                o.add("title", p.title());
            }
            pages.add(o.add("views", p.views()));
        }
        return pages;
    }

    /** A month's visitors (the sum of each day's unique visitors) and page views, for the trend charts. */
    public record Totals(long visitors, long pageViews) implements java.io.Serializable {
    }

    /** A page's views; {@code title} is its title as last rendered in Bahasa Indonesia, null when never seen. */
    public record PageCount(String path, String title, long views) {

        /** What a report calls the page: its title, else its path. */
        public String name() {
            return title == null ? path : title;
        }
    }
}
