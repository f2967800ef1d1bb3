package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.Samples.MARCH_2024;
import static id.djpk.portal.report.social.Samples.only;
import static id.djpk.portal.report.social.Samples.read;
import static id.djpk.portal.report.social.Samples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class XAnalyticsExportTest {

    @Test
    void tweetActivityCountsThePostsOfTheOfficesMonth() {
        // times are UTC: 29 Feb 20:00 is 1 March in Jakarta and counts; 31 Mar 18:00 is 1 April and does not
        PlatformMonth x = only(read("x-tweet-activity.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.X, MARCH_2024, 3L, null, null, null, 22L, 6_540L,
                "X Analytics: x-tweet-activity.csv"), x);
    }

    @Test
    void tweetActivityOfFebruary() {
        PlatformMonth x = only(read("x-tweet-activity.csv", YearMonth.of(2024, 2)));
        assertEquals(1L, x.posts());
        assertEquals(500L, x.views());
        assertEquals(2L, x.profileVisits());
    }

    @Test
    void accountOverviewSumsTheMonthsDays() {
        // posts created 2 + 1 + 3, impressions "2,871" + 2,199 + 336, profile visits 2 + 0 + 1
        PlatformMonth x = only(read("x-account-overview.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.X, MARCH_2024, 6L, null, null, null, 3L, 5_406L,
                "X Analytics: x-account-overview.csv"), x);
    }

    @Test
    void contentExport() {
        String csv = "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,"
                + "Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks\n"
                + "1771200000000000004,\"Fri, Mar 22, 2024\",\"Sosialisasi, PMK\",https://x.com/DitjenPK/status/1771200000000000004,"
                + "\"1,234\",12,30,0,1,2,0,3,5,4,1,0,0\n"
                + "1766800000000000003,\"Sun, Mar 10, 2024\",Webinar,https://x.com/DitjenPK/status/1766800000000000003,"
                + "500,3,9,0,0,0,0,1,1,2,0,0,0\n"
                + "1763200000000000001,\"Thu, Feb 29, 2024\",Februari,https://x.com/DitjenPK/status/1763200000000000001,"
                + "900,3,9,0,0,0,0,1,7,2,0,0,0\n";
        PlatformMonth x = only(new XAnalyticsExport().read("account_analytics_content.csv", text(csv), MARCH_2024));
        assertEquals(new PlatformMonth(Platform.X, MARCH_2024, 2L, null, null, null, 6L, 1_734L,
                "X Analytics: account_analytics_content.csv"), x);
    }
}
