package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.ExportColumns.DATE;
import static id.djpk.portal.report.social.ExportColumns.TIKTOK_FOLLOWERS;
import static id.djpk.portal.report.social.ExportColumns.TIKTOK_FOLLOWER_DIFFERENCE;
import static id.djpk.portal.report.social.ExportColumns.TIKTOK_POST_TIME;
import static id.djpk.portal.report.social.ExportColumns.TIKTOK_PROFILE_VIEWS;
import static id.djpk.portal.report.social.ExportColumns.TIKTOK_REACHED_AUDIENCE;
import static id.djpk.portal.report.social.ExportColumns.TIKTOK_VIDEO_TITLE;
import static id.djpk.portal.report.social.ExportColumns.TIKTOK_VIDEO_VIEWS;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;

/**
 * TikTok Studio's analytics downloads (each a ZIP holding the CSV; the CSV is what is uploaded). Overview.csv
 * ("Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares", one row per day, days without a
 * year): views and profile visits are the month's sums, reach the sum of "Reached audience" where a business
 * account's export has it. FollowerHistory.csv ("Date", "Followers", "Difference in followers from previous
 * day"): followers on the month's last day in the file. Content.csv ("Video title", "Video link", "Post time",
 * …): posts are the videos posted in the month (its views are totals to the day of export, so not read).
 */
public final class TikTokExport implements ExportReader {

    @Override
    public String name() {
        return "TikTok Studio";
    }

    /** The month's figures of a TikTok Studio export. */
    public List<PlatformMonth> read(String fileName, InputStream in, YearMonth month) {
        return SocialMediaExports.read(this, fileName, in, month, SocialMediaExports.Limits.DEFAULT);
    }

    @Override
    public boolean recognises(ExportTable table) {
        return table.sections().stream().anyMatch(s -> isOverview(s) || isFollowers(s) || isContent(s));
    }

    @Override
    public List<PlatformMonth> read(ExportTable table, YearMonth month, DatedRows.Coverage coverage) {
        ExportTable.Section section = table.sections().stream()
                .filter(s -> isOverview(s) || isFollowers(s) || isContent(s)).findFirst().orElseThrow();
        boolean content = isContent(section);
        int date = content ? section.column(TIKTOK_POST_TIME) : section.column(DATE);
        List<DatedRows.Dated> rows = DatedRows.of(table, section, date, month, coverage).in(month);
        if (rows.isEmpty()) {
            return List.of();
        }
        Tally tally = new Tally();
        for (DatedRows.Dated d : rows) {
            if (content) {
                tally.post();
            } else if (isFollowers(section)) {
                tally.followers(d.day(), table.count(section, d.row(), section.column(TIKTOK_FOLLOWERS)));
            } else {
                tally.views(table.count(section, d.row(), section.column(TIKTOK_VIDEO_VIEWS)));
                tally.profileVisits(table.count(section, d.row(), section.column(TIKTOK_PROFILE_VIEWS)));
                tally.reach(table.count(section, d.row(), section.column(TIKTOK_REACHED_AUDIENCE)));
            }
        }
        return List.of(tally.toMonth(Platform.TIKTOK, month, source(table)));
    }

    private static boolean isOverview(ExportTable.Section s) {
        return s.has(DATE) && s.has(TIKTOK_VIDEO_VIEWS) && s.has(TIKTOK_PROFILE_VIEWS);
    }

    private static boolean isFollowers(ExportTable.Section s) {
        return s.has(DATE) && s.has(TIKTOK_FOLLOWERS) && s.has(TIKTOK_FOLLOWER_DIFFERENCE);
    }

    private static boolean isContent(ExportTable.Section s) {
        return s.has(TIKTOK_VIDEO_TITLE) && s.has(TIKTOK_POST_TIME);
    }
}
