package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.djpk.portal.report.social.Platform;
import id.djpk.portal.report.social.PlatformMonth;
import id.djpk.portal.report.social.SocialMediaExports;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which report figure each figure of an export fills, and that what a file does not carry is left to typing. */
class SocialMediaFiguresTest {

    static final YearMonth M = YearMonth.of(2024, 3);

    /** Instagram in a Meta Business Suite content export: three feed posts and two stories in March, one in April. */
    static String instagramExport(YearMonth m) {
        String mm = String.format("%02d", m.getMonthValue());
        String next = String.format("%02d", m.plusMonths(1).getMonthValue());
        int nextYear = m.plusMonths(1).getYear();
        return "\uFEFF\"Post ID\",\"Account ID\",\"Account username\",\"Account name\",Description,\"Duration (sec)\","
                + "\"Publish time\",Permalink,\"Post type\",\"Data comment\",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n"
                + "1,9,ditjenpk,DJPK,\"Bulan berikutnya\",0,\"" + next + "/01/" + nextYear + " 00:10\",https://www.instagram.com/p/A1/,\"IG image\",,Lifetime,\"6,100\",\"5,000\",1,0,0,0,0\n"
                + "2,9,ditjenpk,DJPK,\"Rekap DAU\",0,\"" + mm + "/28/" + m.getYear() + " 10:00\",https://www.instagram.com/p/A2/,\"IG image\",,Lifetime,\"2,600\",\"2,000\",1,0,0,0,0\n"
                + "3,9,ditjenpk,DJPK,\"Cerita SIKD\",0,\"" + mm + "/20/" + m.getYear() + " 09:00\",https://www.instagram.com/stories/ditjenpk/3/,\"IG story\",,Lifetime,700,650,0,0,0,0,0\n"
                + "4,9,ditjenpk,DJPK,\"Cerita helpdesk\",0,\"" + mm + "/15/" + m.getYear() + " 16:45\",https://www.instagram.com/stories/ditjenpk/4/,\"IG story\",,Lifetime,950,800,0,0,0,0,0\n"
                + "5,9,ditjenpk,DJPK,\"Reels TKD\",0,\"" + mm + "/15/" + m.getYear() + " 13:30\",https://www.instagram.com/reel/A5/,\"IG reel\",,Lifetime,\"15,000\",\"12,034\",1,0,0,0,0\n"
                + "6,9,ditjenpk,DJPK,\"Rapat DAK\",0,\"" + mm + "/04/" + m.getYear() + " 10:00\",https://www.instagram.com/p/A6/,\"IG image\",,Lifetime,\"5,000\",\"4,321\",1,0,0,0,0\n";
    }

    static List<PlatformMonth> read(String csv, YearMonth m) {
        return SocialMediaExports.read("ig.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), m);
    }

    @Test
    void instagramsPostsAreFeedAndStoriesTogetherAndTheStoriesAreKeptApart() {
        Map<String, SocialMediaFigures.Read> figures = SocialMediaFigures.of(read(instagramExport(M), M));
        String source = "Meta Business Suite: ig.csv";
        assertEquals(new SocialMediaFigures.Read(5, source), figures.get("socialMedia.posts.INSTAGRAM"));
        assertEquals(new SocialMediaFigures.Read(2, source), figures.get("socialMedia.stories.INSTAGRAM"));
        assertEquals(new SocialMediaFigures.Read(2_000 + 12_034 + 4_321, source), figures.get("socialMedia.reach.INSTAGRAM"),
                "the feed's reach: the stories' is not the account's");
        assertFalse(figures.containsKey("socialMedia.followers.INSTAGRAM"), "a content export has no followers: typed");
        assertFalse(figures.containsKey("socialMedia.profileVisits.INSTAGRAM"));
    }

    @Test
    void anOldYearReadsTheSame() {
        YearMonth old = YearMonth.of(1771, 3);
        assertEquals(5, SocialMediaFigures.of(read(instagramExport(old), old)).get("socialMedia.posts.INSTAGRAM").value());
    }

    @Test
    void eachPlatformFillsItsOwnKeysAndXIsTheReportsTwitter() {
        Map<String, SocialMediaFigures.Read> figures = SocialMediaFigures.of(List.of(
                PlatformMonth.of(Platform.X, M, 49L, 16_726L, null, 1_160L, 90_000L, "X: a.csv"),
                PlatformMonth.of(Platform.TIKTOK, M, 12L, 3_400L, 25_000L, 800L, 60_000L, "TikTok: b.csv")));
        assertEquals(List.of("socialMedia.posts.TWITTER", "socialMedia.followers.TWITTER", "socialMedia.profileVisits.TWITTER",
                "socialMedia.posts.TIKTOK", "socialMedia.followers.TIKTOK", "socialMedia.reach.TIKTOK",
                "socialMedia.profileVisits.TIKTOK"), List.copyOf(figures.keySet()));
        assertEquals(1_160, figures.get("socialMedia.profileVisits.TWITTER").value());
    }

    @Test
    void storiesAloneLeaveInstagramsPostsAsTyped() {
        Map<String, SocialMediaFigures.Read> figures = SocialMediaFigures.of(List.of(
                PlatformMonth.of(Platform.INSTAGRAM_STORY, M, 29L, null, 9_000L, null, null, "Meta Business Suite: s.csv")));
        assertEquals(List.of("socialMedia.stories.INSTAGRAM"), List.copyOf(figures.keySet()));
    }
}
