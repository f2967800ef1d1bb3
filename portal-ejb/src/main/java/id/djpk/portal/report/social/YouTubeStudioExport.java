package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.ExportColumns.DATE;
import static id.djpk.portal.report.social.ExportColumns.YOUTUBE_DAILY_MARK;
import static id.djpk.portal.report.social.ExportColumns.YOUTUBE_PUBLISH_TIME;
import static id.djpk.portal.report.social.ExportColumns.YOUTUBE_VIEWS;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;

/**
 * YouTube Studio's advanced-mode export ("Table data.csv"), with its "Total" row under the header, which is
 * never counted. By content ("Content", "Video title", "Video publish time", "Views", …): posts are the videos
 * published in the month; the views on that table are for whatever period the export was made for, which the
 * file does not say, so they are not read. By date ("Date", "Views", "Watch time (hours)", …): views are the
 * month's daily views. YouTube Studio exports neither reach, profile visits nor the subscriber total ("Subscribers"
 * is the net gain), so those stay null.
 */
public final class YouTubeStudioExport implements ExportReader {

    @Override
    public String name() {
        return "YouTube Studio";
    }

    /** The month's figures of a YouTube Studio export. */
    public List<PlatformMonth> read(String fileName, InputStream in, YearMonth month) {
        return SocialMediaExports.read(this, fileName, in, month, SocialMediaExports.Limits.DEFAULT);
    }

    @Override
    public boolean recognises(ExportTable table) {
        return table.sections().stream().anyMatch(s -> isByContent(s) || isByDate(s));
    }

    @Override
    public List<PlatformMonth> read(ExportTable table, YearMonth month, DatedRows.Coverage coverage) {
        ExportTable.Section section = table.sections().stream().filter(s -> isByContent(s) || isByDate(s))
                .findFirst().orElseThrow();
        boolean byContent = isByContent(section);
        int date = byContent ? section.column(YOUTUBE_PUBLISH_TIME) : section.column(DATE);
        int views = section.column(YOUTUBE_VIEWS);
        List<DatedRows.Dated> rows = DatedRows.of(table, section, date, month, coverage).in(month);
        if (rows.isEmpty()) {
            return List.of();
        }
        Tally tally = new Tally();
        for (DatedRows.Dated d : rows) {
            if (byContent) {
                tally.post();
            } else {
                tally.views(table.count(section, d.row(), views));
            }
        }
        return List.of(tally.toMonth(Platform.YOUTUBE, month, source(table)));
    }

    private static boolean isByContent(ExportTable.Section s) {
        return s.has(YOUTUBE_PUBLISH_TIME);
    }

    private static boolean isByDate(ExportTable.Section s) {
        return s.has(DATE) && s.has(YOUTUBE_VIEWS) && s.has(YOUTUBE_DAILY_MARK);
    }
}
