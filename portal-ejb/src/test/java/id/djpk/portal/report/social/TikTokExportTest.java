package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.Samples.MARCH_2024;
import static id.djpk.portal.report.social.Samples.only;
import static id.djpk.portal.report.social.Samples.read;
import static id.djpk.portal.report.social.Samples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TikTokExportTest {

    private static final TikTokExport TIKTOK = new TikTokExport();

    @Test
    void overviewSumsTheMonthsDays() {
        // views 834 + 914 + 1,200 + 2,000, profile views 6 + 7 + 10 + 20; February and April rows left out
        PlatformMonth tiktok = only(read("tiktok-overview.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.TIKTOK, MARCH_2024, null, null, null, null, 43L, 4_948L,
                "TikTok Studio: tiktok-overview.csv"), tiktok);
    }

    @Test
    void followerHistoryGivesTheLastDaysFollowers() {
        PlatformMonth tiktok = only(read("tiktok-follower-history.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.TIKTOK, MARCH_2024, null, 10_488L, null, null, null, null,
                "TikTok Studio: tiktok-follower-history.csv"), tiktok);
    }

    @Test
    void contentCountsTheVideosPostedInTheMonth() {
        assertEquals(2L, only(read("tiktok-content.csv", MARCH_2024)).posts());
    }

    @Test
    void daysWithoutYearAcrossNewYear() {
        String csv = "\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n"
                + "\"December 30\",\"10\",\"1\",\"0\",\"0\",\"0\"\n"
                + "\"December 31\",\"20\",\"2\",\"0\",\"0\",\"0\"\n"
                + "\"January 1\",\"40\",\"4\",\"0\",\"0\",\"0\"\n"
                + "\"January 2\",\"80\",\"8\",\"0\",\"0\",\"0\"\n";
        assertEquals(120L, only(TIKTOK.read("Overview.csv", text(csv), YearMonth.of(2025, 1))).views());
        assertEquals(30L, only(TIKTOK.read("Overview.csv", text(csv), YearMonth.of(2024, 12))).views());
    }

    @Test
    void reachedAudienceOfABusinessAccount() {
        String csv = "Date,Video Views,Reached audience,Profile Views,Likes,Comments,Shares\n"
                + "2024-03-01,100,60,3,1,0,0\n2024-03-02,200,150,4,1,0,0\n";
        PlatformMonth tiktok = only(TIKTOK.read("Overview.csv", text(csv), MARCH_2024));
        assertEquals(210L, tiktok.reach());
        assertEquals(null, tiktok.averageReach());
    }

    @Test
    void aMonthTheYearlessFileDoesNotHold() {
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> read("tiktok-overview.csv", YearMonth.of(2024, 6)));
        assertEquals("Berkas \"tiktok-overview.csv\" tidak memuat data untuk Juni 2024.", e.getMessage());
    }
}
