package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.ExportColumns.DATE;
import static id.djpk.portal.report.social.ExportColumns.X_ENGAGEMENTS;
import static id.djpk.portal.report.social.ExportColumns.X_FOLLOWS;
import static id.djpk.portal.report.social.ExportColumns.X_IMPRESSIONS;
import static id.djpk.portal.report.social.ExportColumns.X_PERMALINK;
import static id.djpk.portal.report.social.ExportColumns.X_POSTS_CREATED;
import static id.djpk.portal.report.social.ExportColumns.X_POST_ID;
import static id.djpk.portal.report.social.ExportColumns.X_PROFILE_VISITS;
import static id.djpk.portal.report.social.ExportColumns.X_TIME;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;

/**
 * X (Twitter) analytics exports. Per post: the tweet activity export ("Tweet id", "Tweet permalink", "time" in
 * UTC, "impressions", "user profile clicks") and the newer content export ("Post id", "Date", "Post Link",
 * "Impressions", "Profile visits"): posts are the month's rows, views their impressions, profile visits the
 * visits they brought. Per day: the account overview ("Date", "Impressions", …, "Profile visits", "Create Post"):
 * posts are the posts created, views the impressions, profile visits the account's. X exports neither reach nor
 * the number of followers, so both stay null.
 */
public final class XAnalyticsExport implements ExportReader {

    @Override
    public String name() {
        return "X Analytics";
    }

    /** The month's figures of an X analytics export. */
    public List<PlatformMonth> read(String fileName, InputStream in, YearMonth month) {
        return SocialMediaExports.read(this, fileName, in, month, SocialMediaExports.Limits.DEFAULT);
    }

    @Override
    public boolean recognises(ExportTable table) {
        return table.sections().stream().anyMatch(s -> isPosts(s) || isOverview(s));
    }

    @Override
    public List<PlatformMonth> read(ExportTable table, YearMonth month, DatedRows.Coverage coverage) {
        ExportTable.Section section = table.sections().stream().filter(s -> isPosts(s) || isOverview(s)).findFirst()
                .orElseThrow();
        boolean perPost = isPosts(section);
        int date = perPost ? section.column(X_TIME) : section.column(DATE);
        int impressions = section.column(X_IMPRESSIONS);
        int visits = section.column(X_PROFILE_VISITS);
        int created = section.column(X_POSTS_CREATED);
        List<DatedRows.Dated> rows = DatedRows.of(table, section, date, month, coverage).in(month);
        if (rows.isEmpty()) {
            return List.of();
        }
        Tally tally = new Tally();
        for (DatedRows.Dated d : rows) {
            if (perPost) {
                tally.post();
            } else {
                tally.posts(table.count(section, d.row(), created));
            }
            tally.views(table.count(section, d.row(), impressions));
            tally.profileVisits(table.count(section, d.row(), visits));
        }
        return List.of(tally.toMonth(Platform.X, month, source(table)));
    }

    private static boolean isPosts(ExportTable.Section s) {
        return s.has(X_POST_ID) && s.has(X_PERMALINK) && s.has(X_TIME) && s.has(X_IMPRESSIONS);
    }

    private static boolean isOverview(ExportTable.Section s) {
        return s.has(DATE) && s.has(X_IMPRESSIONS) && s.has(X_ENGAGEMENTS)
                && (s.has(X_FOLLOWS) || s.has(X_POSTS_CREATED) || s.has(X_PROFILE_VISITS));
    }
}
