package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.Samples.MARCH_2024;
import static id.djpk.portal.report.social.Samples.only;
import static id.djpk.portal.report.social.Samples.read;
import static id.djpk.portal.report.social.Samples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class YouTubeStudioExportTest {

    @Test
    void contentTableCountsTheVideosPublishedInTheMonth() {
        // "Mar 5, 2024" and "Mar 28, 2024"; the Total row and the January video are not posts of March
        PlatformMonth youtube = only(read("youtube-table-data-content.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.YOUTUBE, MARCH_2024, 2L, null, null, null, null, null,
                "YouTube Studio: youtube-table-data-content.csv"), youtube);
    }

    @Test
    void dateTableSumsTheMonthsViewsWithoutTheTotalRow() {
        // 410 + "1,025" + 600; with the Total row (2,535) it would be 4,570
        PlatformMonth youtube = only(read("youtube-table-data-date.csv", MARCH_2024));
        assertEquals(new PlatformMonth(Platform.YOUTUBE, MARCH_2024, null, null, null, null, null, 2_035L,
                "YouTube Studio: youtube-table-data-date.csv"), youtube);
    }

    @Test
    void dateTableOfApril() {
        assertEquals(200L, only(read("youtube-table-data-date.csv", YearMonth.of(2024, 4))).views());
    }

    @Test
    void publishTimeWithClockAndTabSeparator() {
        String csv = "Content\tVideo title\tVideo publish time\tViews\n"
                + "Total\t\t\t99\n"
                + "abc\tSatu\t2024-03-20 13:18:00\t50\n"
                + "def\tDua\t2024-02-20 08:00:00\t49\n";
        PlatformMonth youtube = only(new YouTubeStudioExport().read("Table data.csv", text(csv), MARCH_2024));
        assertEquals(1L, youtube.posts());
    }
}
