package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.ExportColumns.DATE;
import static id.djpk.portal.report.social.ExportColumns.META_FACEBOOK_PAGE;
import static id.djpk.portal.report.social.ExportColumns.META_INSTAGRAM_ACCOUNT;
import static id.djpk.portal.report.social.ExportColumns.META_INSTAGRAM_TYPE_PREFIX;
import static id.djpk.portal.report.social.ExportColumns.META_METRICS;
import static id.djpk.portal.report.social.ExportColumns.META_METRIC_WITHOUT_PLATFORM;
import static id.djpk.portal.report.social.ExportColumns.META_OTHER_METRICS;
import static id.djpk.portal.report.social.ExportColumns.META_PERMALINK;
import static id.djpk.portal.report.social.ExportColumns.META_POST_ID;
import static id.djpk.portal.report.social.ExportColumns.META_POST_TYPE;
import static id.djpk.portal.report.social.ExportColumns.META_PROFILE_VISITS;
import static id.djpk.portal.report.social.ExportColumns.META_PUBLISH_TIME;
import static id.djpk.portal.report.social.ExportColumns.META_REACH;
import static id.djpk.portal.report.social.ExportColumns.META_SECTION_VALUE;
import static id.djpk.portal.report.social.ExportColumns.META_STORY_TYPES;
import static id.djpk.portal.report.social.ExportColumns.META_VIEWS;

import id.djpk.portal.report.social.ExportColumns.MetaMetric;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Meta Business Suite exports, Facebook and Instagram.
 * <p>
 * The content export, one row per post ("Publish time", "Permalink", "Post type", "Reach", "Views" or
 * "Impressions", …; the "Date" column says "Lifetime"), and the older Facebook Insights post export ("Posted",
 * "Type", "Lifetime Post Total Reach", with a row of descriptions under the header): posts are the month's rows,
 * reach and views their sums. A row is Instagram's when its type starts with "IG" ("IG image", "IG reel"), its
 * link is on instagram.com, or the file names an Instagram account and no Facebook Page; Instagram stories ("IG
 * story") count on {@link Platform#INSTAGRAM_STORY}, every other Instagram post on the feed.
 * <p>
 * The Insights exports, one day per row: the per-metric files ("Instagram reach", then "Date","Primary"; UTF-16)
 * and the older Facebook Insights page export ("Date", "Daily Total Reach", …): reach, views and profile visits
 * are the month's daily sums, followers the last day's total. A metric whose name does not say Facebook or
 * Instagram is refused rather than guessed.
 */
public final class MetaBusinessSuiteExport implements ExportReader {

    @Override
    public String name() {
        return "Meta Business Suite";
    }

    /** The month's figures of a Meta Business Suite export. */
    public List<PlatformMonth> read(String fileName, InputStream in, YearMonth month) {
        return SocialMediaExports.read(this, fileName, in, month, SocialMediaExports.Limits.DEFAULT);
    }

    @Override
    public boolean recognises(ExportTable table) {
        return table.sections().stream().anyMatch(s -> isPosts(s) || isInsights(s));
    }

    @Override
    public List<PlatformMonth> read(ExportTable table, YearMonth month, DatedRows.Coverage coverage) {
        Map<Platform, Tally> tallies = new EnumMap<>(Platform.class);
        List<String> withoutPlatform = new ArrayList<>();
        boolean anyMetric = false;
        for (ExportTable.Section section : table.sections()) {
            if (isPosts(section)) {
                anyMetric = true;
                readPosts(table, section, month, coverage, tallies);
            } else if (isInsights(section)) {
                List<Metric> metrics = metrics(section, withoutPlatform);
                anyMetric |= !metrics.isEmpty();
                readInsights(table, section, metrics, month, coverage, tallies);
            }
        }
        if (!anyMetric) {
            if (!withoutPlatform.isEmpty()) {
                throw new SocialExportException(SocialExportException.PLATFORM_UNKNOWN, table.fileName(),
                        withoutPlatform.get(0));
            }
            throw new SocialExportException(SocialExportException.NOTHING_TO_READ, table.fileName(), name());
        }
        List<PlatformMonth> out = new ArrayList<>();
        tallies.forEach((platform, tally) -> out.add(tally.toMonth(platform, month, source(table))));
        return out;
    }

    private void readPosts(ExportTable table, ExportTable.Section section, YearMonth month,
            DatedRows.Coverage coverage, Map<Platform, Tally> tallies) {
        int type = section.column(META_POST_TYPE);
        int link = section.column(META_PERMALINK);
        int reach = section.column(META_REACH);
        int views = section.column(META_VIEWS);
        int visits = section.column(META_PROFILE_VISITS);
        boolean instagramFile = section.has(META_INSTAGRAM_ACCOUNT) && !section.has(META_FACEBOOK_PAGE);
        DatedRows rows = DatedRows.of(table, section, section.column(META_PUBLISH_TIME), month, coverage);
        for (DatedRows.Dated d : rows.in(month)) {
            Tally tally = tallies.computeIfAbsent(platform(d.row(), type, link, instagramFile), p -> new Tally());
            tally.post();
            tally.reach(table.count(section, d.row(), reach));
            tally.views(table.count(section, d.row(), views));
            tally.profileVisits(table.count(section, d.row(), visits));
        }
    }

    /** Instagram's story, Instagram's feed, or Facebook. */
    private static Platform platform(ExportTable.Row row, int typeColumn, int linkColumn, boolean instagramFile) {
        String type = ExportColumns.normalize(row.cell(typeColumn));
        String link = row.cell(linkColumn).toLowerCase(Locale.ROOT);
        boolean instagram = instagramFile || type.startsWith(META_INSTAGRAM_TYPE_PREFIX) || type.equals("ig")
                || link.contains("instagram.com");
        if (!instagram) {
            return Platform.FACEBOOK;
        }
        boolean story = META_STORY_TYPES.contains(type) || link.contains("/stories/");
        return story ? Platform.INSTAGRAM_STORY : Platform.INSTAGRAM_FEED;
    }

    /** A column of an Insights section and the metric it holds. */
    private record Metric(int column, MetaMetric metric) {
    }

    /** The metrics of an Insights section: its title over a "Primary" column, or its own named columns. */
    private static List<Metric> metrics(ExportTable.Section section, List<String> withoutPlatform) {
        List<Metric> metrics = new ArrayList<>();
        int value = section.column(META_SECTION_VALUE);
        if (value >= 0 && section.title() != null) {
            add(metrics, withoutPlatform, value, section.title());
            return metrics;
        }
        int date = section.column(DATE);
        for (int i = 0; i < section.header().size(); i++) {
            if (i != date) {
                add(metrics, withoutPlatform, i, section.header().get(i));
            }
        }
        return metrics;
    }

    private static void add(List<Metric> metrics, List<String> withoutPlatform, int column, String name) {
        MetaMetric metric = META_METRICS.get(ExportColumns.normalize(name));
        if (metric != null) {
            metrics.add(new Metric(column, metric));
        } else if (META_METRIC_WITHOUT_PLATFORM.matches(name)) {
            withoutPlatform.add("\"" + name.trim() + "\"");
        }
    }

    private static void readInsights(ExportTable table, ExportTable.Section section, List<Metric> metrics,
            YearMonth month, DatedRows.Coverage coverage, Map<Platform, Tally> tallies) {
        if (metrics.isEmpty()) {
            return;
        }
        DatedRows rows = DatedRows.of(table, section, section.column(DATE), month, coverage);
        for (DatedRows.Dated d : rows.in(month)) {
            for (Metric m : metrics) {
                Tally tally = tallies.computeIfAbsent(m.metric().platform(), p -> new Tally());
                Long n = table.count(section, d.row(), m.column());
                switch (m.metric().measure()) {
                    case REACH -> tally.reach(n);
                    case VIEWS -> tally.views(n);
                    case PROFILE_VISITS -> tally.profileVisits(n);
                    case FOLLOWERS -> tally.followers(d.day(), n);
                }
            }
        }
    }

    private static boolean isPosts(ExportTable.Section s) {
        return s.has(META_PUBLISH_TIME) && (s.has(META_REACH) || s.has(META_VIEWS))
                && (s.has(META_PERMALINK) || s.has(META_POST_TYPE) || s.has(META_POST_ID));
    }

    /** A daily table of Meta metrics: a "Date" column and a metric Meta names, by title or by column. */
    private static boolean isInsights(ExportTable.Section s) {
        if (!s.has(DATE) || s.has(META_PUBLISH_TIME)) {
            return false;
        }
        List<String> names = new ArrayList<>(s.header());
        if (s.title() != null) {
            names.add(s.title());
        }
        return names.stream().anyMatch(n -> META_METRICS.containsKey(ExportColumns.normalize(n))
                || META_METRIC_WITHOUT_PLATFORM.matches(n) || META_OTHER_METRICS.matches(n));
    }
}
