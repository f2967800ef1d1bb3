package id.djpk.portal.report.social;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every column name (and the few cell values) the readers look for, in one place, so a name seen in a real file
 * — another wording, the Indonesian interface — is added here and nowhere else. Names are compared case- and
 * whitespace-insensitively ({@link #normalize}), never by position. The English names come from real exports
 * (see src/test/resources/social/README.md for where); the Indonesian ones follow the platforms' Indonesian
 * interface and are still to be checked against a file exported in Indonesian.
 */
final class ExportColumns {

    /** The names one column goes by, first match wins. */
    record Names(String label, List<String> normalized) {

        /** The index of the first header cell that matches one of the names, in the order the names are given. */
        int in(List<String> header) {
            for (String name : normalized) {
                for (int i = 0; i < header.size(); i++) {
                    if (name.equals(normalize(header.get(i)))) {
                        return i;
                    }
                }
            }
            return -1;
        }

        boolean matches(String cell) {
            return normalized.contains(normalize(cell));
        }
    }

    // any export
    static final Names DATE = names("Date", "Tanggal", "Day", "Hari");
    /** Cell values of a summary row that must not be counted a second time. */
    static final Set<String> TOTAL_ROWS = Set.of("total", "totals", "grand total", "jumlah", "total keseluruhan");

    // Meta Business Suite, content export (one row per post; Facebook and Instagram), and the older Facebook
    // Insights post export ("Posted", "Type", "Lifetime Post Total Reach", with a row of descriptions)
    static final Names META_PUBLISH_TIME = names("Publish time", "Posted", "Waktu publikasi", "Waktu dipublikasikan");
    static final Names META_POST_TYPE = names("Post type", "Type", "Jenis postingan", "Jenis kiriman");
    static final Names META_PERMALINK = names("Permalink", "Tautan permanen");
    static final Names META_POST_ID = names("Post ID", "ID postingan", "ID kiriman");
    static final Names META_FACEBOOK_PAGE = names("Page ID", "Page name", "ID Halaman", "Nama Halaman");
    static final Names META_INSTAGRAM_ACCOUNT = names("Account username", "Account ID", "Account name",
            "Nama pengguna akun", "ID akun", "Nama akun");
    static final Names META_REACH = names("Reach", "Lifetime Post Total Reach", "Jangkauan");
    static final Names META_VIEWS = names("Views", "Impressions", "Lifetime Post Total Impressions", "Tayangan",
            "Impresi");
    static final Names META_PROFILE_VISITS = names("Profile visits", "Kunjungan profil");
    /** Post types that are Instagram stories; every other Instagram post is a feed post. */
    static final Set<String> META_STORY_TYPES = Set.of("ig story", "ig stories", "story", "stories", "cerita",
            "cerita ig", "ig cerita");
    /** Post types that are Instagram's own ("IG image", "IG carousel", "IG reel", "IG video", "IG story"). */
    static final String META_INSTAGRAM_TYPE_PREFIX = "ig ";

    // Meta Business Suite, Insights: one file per metric, "sep=," then the metric's name, then "Date","Primary";
    // the older Facebook Insights page export is a daily table with the metrics as columns
    static final Names META_SECTION_VALUE = names("Primary", "Utama");

    /** What a Meta Insights metric measures; the readers keep reach, views, profile visits and followers. */
    enum Measure {
        REACH, VIEWS, PROFILE_VISITS, FOLLOWERS
    }

    /** A Meta Insights metric the report uses: whose it is and what it measures. */
    record MetaMetric(Platform platform, Measure measure) {
    }

    /** Meta Insights metrics by name (the title of a per-metric file, or a column of the daily table). */
    static final Map<String, MetaMetric> META_METRICS = metrics(
            Platform.FACEBOOK, Measure.REACH, List.of("Facebook reach", "Facebook Page reach", "Daily Total Reach",
                    "Jangkauan Facebook", "Jangkauan Halaman Facebook"),
            Platform.INSTAGRAM_FEED, Measure.REACH, List.of("Instagram reach", "Jangkauan Instagram"),
            Platform.FACEBOOK, Measure.VIEWS, List.of("Daily Total Impressions"),
            Platform.FACEBOOK, Measure.PROFILE_VISITS, List.of("Facebook visits", "Facebook Page visits",
                    "Kunjungan Facebook", "Kunjungan Halaman Facebook"),
            Platform.INSTAGRAM_FEED, Measure.PROFILE_VISITS, List.of("Instagram profile visits",
                    "Kunjungan profil Instagram"),
            Platform.FACEBOOK, Measure.FOLLOWERS, List.of("Facebook followers", "Pengikut Facebook"),
            Platform.INSTAGRAM_FEED, Measure.FOLLOWERS, List.of("Instagram followers", "Pengikut Instagram"));

    /** Meta metric names that say what, but not whose: refused rather than guessed as Facebook or Instagram. */
    static final Names META_METRIC_WITHOUT_PLATFORM = names("Reach", "Jangkauan", "Profile visits", "Kunjungan profil",
            "Visits", "Kunjungan", "Followers", "Pengikut");

    /** Meta metrics the report does not use ("Facebook follows" is new follows per day, not followers). */
    static final Names META_OTHER_METRICS = names("Facebook follows", "Instagram follows", "Follows", "New follows",
            "Views", "Viewers", "Content interactions", "Interactions", "Facebook link clicks",
            "Instagram link clicks", "Link clicks", "Lifetime Total Likes", "Daily Page Engaged Users");

    // X analytics: the tweet activity export (one row per post, lower-case names, "time" in UTC), the newer
    // content export (one row per post) and the account overview (one row per day, newest first)
    static final Names X_POST_ID = names("Tweet id", "Post id", "ID Tweet", "ID postingan");
    static final Names X_PERMALINK = names("Tweet permalink", "Post Link", "Tautan postingan");
    static final Names X_TIME = names("time", "Date", "Waktu", "Tanggal");
    static final Names X_IMPRESSIONS = names("impressions", "Impresi", "Tayangan");
    static final Names X_ENGAGEMENTS = names("engagements", "Interaksi");
    static final Names X_PROFILE_VISITS = names("Profile visits", "user profile clicks", "Kunjungan profil");
    static final Names X_POSTS_CREATED = names("Create Post", "Buat postingan");
    static final Names X_FOLLOWS = names("New follows", "Unfollows", "Pengikut baru", "Berhenti mengikuti");

    // YouTube Studio, advanced mode, "Table data.csv": by content (one row per video, "Total" row second) or
    // by date (one row per day, "Total" row second)
    static final Names YOUTUBE_PUBLISH_TIME = names("Video publish time", "Waktu publikasi video");
    static final Names YOUTUBE_VIEWS = names("Views", "Penayangan", "Tayangan");
    static final Names YOUTUBE_DAILY_MARK = names("Watch time (hours)", "Subscribers", "Waktu tonton (jam)",
            "Subscriber", "Pelanggan");

    // TikTok Studio, analytics: Overview.csv (one row per day), FollowerHistory.csv (followers per day) and
    // Content.csv (one row per video); days written without a year ("September 25", "28 August")
    static final Names TIKTOK_VIDEO_VIEWS = names("Video Views", "Penayangan video", "Tayangan video");
    static final Names TIKTOK_PROFILE_VIEWS = names("Profile Views", "Tayangan profil", "Kunjungan profil");
    static final Names TIKTOK_REACHED_AUDIENCE = names("Reached audience", "Audiens yang dijangkau");
    static final Names TIKTOK_FOLLOWERS = names("Followers", "Pengikut");
    static final Names TIKTOK_FOLLOWER_DIFFERENCE = names("Difference in followers from previous day",
            "Selisih pengikut dari hari sebelumnya");
    static final Names TIKTOK_VIDEO_TITLE = names("Video title", "Judul video");
    static final Names TIKTOK_POST_TIME = names("Post time", "Publishing time", "Waktu posting", "Waktu unggah");

    /** Header cells that mark a row as a header (the row the columns are named in). */
    static final Names HEADER_MARKS = names(Stream.of(DATE, META_PUBLISH_TIME, X_POST_ID, X_TIME,
            YOUTUBE_PUBLISH_TIME, TIKTOK_POST_TIME).flatMap(n -> n.normalized().stream()).toArray(String[]::new));

    private ExportColumns() {
    }

    /** Lower case, one space between words, no byte-order mark or non-breaking space. */
    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        // called for every cell that might be a header or a total, so without regular expressions
        StringBuilder s = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0') {
                space = s.length() > 0;
            } else {
                if (space) {
                    s.append(' ');
                    space = false;
                }
                s.append(c);
            }
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    static Names names(String... names) {
        List<String> normalized = Stream.of(names).map(ExportColumns::normalize).distinct()
                .collect(Collectors.toUnmodifiableList());
        return new Names(names.length == 0 ? "" : names[0], normalized);
    }

    private static Map<String, MetaMetric> metrics(Object... platformMeasureNames) {
        Map<String, MetaMetric> m = new LinkedHashMap<>();
        for (int i = 0; i < platformMeasureNames.length; i += 3) {
            MetaMetric metric = new MetaMetric((Platform) platformMeasureNames[i], (Measure) platformMeasureNames[i + 1]);
            for (Object name : (List<?>) platformMeasureNames[i + 2]) {
                m.put(normalize((String) name), metric);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The header as the file names it, for messages: the first {@code max} non-blank names, quoted. */
    static String quoted(List<String> header, int max) {
        List<String> shown = new ArrayList<>();
        for (String h : header) {
            if (!h.isBlank() && shown.size() < max) {
                shown.add("\"" + h.trim() + "\"");
            }
        }
        long more = header.stream().filter(h -> !h.isBlank()).count() - shown.size();
        return String.join(", ", shown) + (more > 0 ? ", …" : "");
    }
}
