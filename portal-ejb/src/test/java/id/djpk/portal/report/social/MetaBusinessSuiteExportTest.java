package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.Samples.MARCH_2024;
import static id.djpk.portal.report.social.Samples.only;
import static id.djpk.portal.report.social.Samples.read;
import static id.djpk.portal.report.social.Samples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaBusinessSuiteExportTest {

    private static final MetaBusinessSuiteExport META = new MetaBusinessSuiteExport();

    @Test
    void instagramContentSplitsStoriesFromTheFeed() {
        List<PlatformMonth> figures = read("meta-instagram-content.csv", MARCH_2024);

        // feed: 1 Mar (4,321), 5 Mar carousel (1,500), 15 Mar reel (12,034), 31 Mar 23:30 (2,000); not 29 Feb, not 1 Apr
        // stories: 15 Mar (800) and 20 Mar (650); no profile visits or followers in a content export
        String source = "Meta Business Suite: meta-instagram-content.csv";
        assertEquals(List.of(
                new PlatformMonth(Platform.INSTAGRAM_FEED, MARCH_2024, 4L, null, 19_855L, 4_964L, null, 30_210L, source),
                new PlatformMonth(Platform.INSTAGRAM_STORY, MARCH_2024, 2L, null, 1_450L, 725L, null, 1_650L, source)),
                figures);
    }

    @Test
    void instagramContentOfAnotherMonth() {
        PlatformMonth feb = only(read("meta-instagram-content.csv", YearMonth.of(2024, 2)));
        assertEquals(new PlatformMonth(Platform.INSTAGRAM_FEED, YearMonth.of(2024, 2), 1L, null, 999L, 999L, null,
                1_400L, "Meta Business Suite: meta-instagram-content.csv"), feb);
    }

    @Test
    void facebookContentReadsDatesMonthFirst() {
        // "04/03/2024" is 3 April as Meta writes it, so only 4, 15 and 28 March count
        PlatformMonth facebook = only(read("meta-facebook-content.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.FACEBOOK, MARCH_2024, 3L, null, 5_200L, 1_733L, null, 7_300L,
                "Meta Business Suite: meta-facebook-content.csv"), facebook);
    }

    @Test
    void olderPageInsightsSkipTheRowOfDescriptions() {
        // reach 1,210 + 980 + 1,015 and impressions 2,050 + 1,720 + 1,630; page likes are not followers
        PlatformMonth facebook = only(read("meta-facebook-page-insights.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.FACEBOOK, MARCH_2024, null, null, 3_205L, null, null, 5_400L,
                "Meta Business Suite: meta-facebook-page-insights.csv"), facebook);
    }

    @Test
    void insightsFileInUtf16WithOneSectionPerPlatform() {
        List<PlatformMonth> figures = read("meta-insights-reach.csv", MARCH_2024);
        String source = "Meta Business Suite: meta-insights-reach.csv";
        assertEquals(List.of(
                new PlatformMonth(Platform.INSTAGRAM_FEED, MARCH_2024, null, null, 13_200L, null, null, null, source),
                new PlatformMonth(Platform.FACEBOOK, MARCH_2024, null, null, 2_000L, null, null, null, source)),
                figures);
    }

    @Test
    void instagramProfileVisitsGoToTheAccountsRow() {
        PlatformMonth instagram = only(read("meta-insights-instagram-profile-visits.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.INSTAGRAM_FEED, MARCH_2024, null, null, null, null, 1_160L, null,
                "Meta Business Suite: meta-insights-instagram-profile-visits.csv"), instagram);
    }

    @Test
    void followersAreTheLastDaysTotal() {
        String csv = "sep=,\n\"Instagram followers\"\n\"Date\",\"Primary\"\n"
                + "\"2024-03-30T00:00:00\",\"116880\"\n\"2024-03-31T00:00:00\",\"116890\"\n"
                + "\"2024-03-01T00:00:00\",\"116500\"\n\"2024-04-01T00:00:00\",\"116900\"\n";
        PlatformMonth instagram = only(META.read("Followers.csv", text(csv), MARCH_2024));
        assertEquals(116_890L, instagram.followers());
        assertEquals(null, instagram.reach());
    }

    @Test
    void storyByItsLinkAndFacebookAndInstagramInOneFile() {
        String csv = "Post ID,Publish time,Permalink,Post type,Reach,Views\n"
                + "1,03/02/2024 10:00,https://www.facebook.com/ditjenpk/posts/pfbid01,Photos,100,150\n"
                + "2,03/03/2024 10:00,https://www.instagram.com/stories/ditjenpk/1/,Story,40,45\n"
                + "3,03/04/2024 10:00,https://www.instagram.com/p/C1/,IG image,70,90\n";
        List<PlatformMonth> figures = META.read("mixed.csv", text(csv), MARCH_2024);
        assertEquals(List.of(Platform.INSTAGRAM_FEED, Platform.INSTAGRAM_STORY, Platform.FACEBOOK),
                figures.stream().map(PlatformMonth::platform).toList());
        assertEquals(List.of(70L, 40L, 100L), figures.stream().map(PlatformMonth::reach).toList());
    }

    @Test
    void indonesianColumnNames() {
        String csv = "ID postingan;Waktu publikasi;Tautan permanen;Jenis postingan;Jangkauan;Tayangan\n"
                + "1;03/02/2024 10:00;https://www.instagram.com/p/C1/;IG image;1.200;1.500\n"
                + "2;03/20/2024 10:00;https://www.instagram.com/p/C2/;IG reel;800;950\n";
        PlatformMonth feed = only(META.read("konten.csv", text(csv), MARCH_2024));
        assertEquals(new PlatformMonth(Platform.INSTAGRAM_FEED, MARCH_2024, 2L, null, 2_000L, 1_000L, null, 2_450L,
                "Meta Business Suite: konten.csv"), feed);
    }

    @Test
    void aMetricWithoutItsPlatformIsRefused() {
        String csv = "Date,Reach,Profile visits\n2024-03-01,100,4\n";
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> SocialMediaExports.read("reach.csv", text(csv), MARCH_2024));
        assertEquals(SocialExportException.PLATFORM_UNKNOWN, e.getKey());
        assertEquals("Berkas \"reach.csv\" tidak menyebut platformnya: kolom \"Reach\" bisa milik Facebook atau "
                + "Instagram. Unduh ekspor per platform dari Meta Business Suite.", e.getMessage());
    }

    @Test
    void aMetricTheReportDoesNotUseIsSaidSo() {
        String csv = "sep=,\n\"Instagram follows\"\n\"Date\",\"Primary\"\n\"2024-03-01T00:00:00\",\"5\"\n";
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> SocialMediaExports.read("Follows.csv", text(csv), MARCH_2024));
        assertEquals(SocialExportException.NOTHING_TO_READ, e.getKey());
        assertEquals("Berkas \"Follows.csv\" adalah ekspor Meta Business Suite, tetapi tidak memuat angka yang dipakai "
                + "laporan (unggahan, pengikut, jangkauan, tayangan atau kunjungan profil).", e.getMessage());
    }

    @Test
    void anUnreadableReachNamesRowAndColumn() {
        String csv = "Post ID,Publish time,Permalink,Post type,Reach\n"
                + "1,03/02/2024 10:00,https://www.instagram.com/p/C1/,IG image,100\n"
                + "2,03/03/2024 10:00,https://www.instagram.com/p/C2/,IG image,banyak\n";
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> META.read("ig.csv", text(csv), MARCH_2024));
        assertEquals(SocialExportException.UNREADABLE_NUMBER, e.getKey());
        assertEquals("Baris 3 berkas \"ig.csv\" tidak terbaca: \"banyak\" di kolom \"Reach\" bukan bilangan bulat.",
                e.getMessage());
    }

    @Test
    void anUnreadableDayNamesRowAndColumn() {
        String csv = "Post ID,Publish time,Permalink,Post type,Reach\n"
                + "1,03/02/2024 10:00,https://www.instagram.com/p/C1/,IG image,100\n"
                + "2,kemarin,https://www.instagram.com/p/C2/,IG image,50\n";
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> META.read("ig.csv", text(csv), MARCH_2024));
        assertEquals("Baris 3 berkas \"ig.csv\" tidak terbaca: \"kemarin\" di kolom \"Publish time\" bukan tanggal "
                + "yang dikenali.", e.getMessage());
    }
}
