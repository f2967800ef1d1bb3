package id.djpk.portal.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The parts of a report as typed values, read from the stored snapshot by {@link ReportSnapshot} (the only class that
 * knows its keys) and turned into rows of text by {@link ReportView}: figures with M−1 and M−12 ({@link Figure}),
 * coded figures with a share, series for the charts, and the report's lists.
 */
public final class ReportModel {

    private ReportModel() {
    }

    /** The report's main totals, each a figure with M−1 and M−12 and, where the report keeps one, a year to date. */
    public enum Total {
        TICKETS("tickets.total", "tickets.ytd"),
        PUBLICATIONS("publications.total", "publications.ytd"),
        EVENTS("events.total", "events.ytd"),
        WEBSITE_VISITORS("website.visitors", null),
        WEBSITE_PAGE_VIEWS("website.pageViews", null),
        VISITS("visits.total", "visits.ytd"),
        VIDEO_CONFERENCES("videoConferences.total", "videoConferences.ytd"),
        PPID_RECEIVED("ppid.received", "ppid.ytd"),
        PPID_OBJECTIONS("ppid.objections", null),
        BLASTS(EnteredFigures.BLASTS, EnteredFigures.BLASTS_YTD),
        CHATBOT_USERS(EnteredFigures.CHATBOT, EnteredFigures.CHATBOT_YTD),
        EMAIL_LAPOR(EnteredFigures.EMAIL_LAPOR, EnteredFigures.EMAIL_YTD),
        /** The summary tile "publikasi konten media sosial": the average of the platforms' posts. */
        SOCIAL_MEDIA_POSTS(EnteredFigures.AVERAGE_POSTS, null),
        /** Employee Advocacy: the employees who took part, the target, all employees, the activations (sum of the kinds). */
        ADVOCACY_EMPLOYEES(EnteredFigures.ADVOCACY_EMPLOYEES, null),
        ADVOCACY_TARGET(EnteredFigures.ADVOCACY_TARGET, null),
        ADVOCACY_ALL_EMPLOYEES(EnteredFigures.ADVOCACY_ALL_EMPLOYEES, null),
        ADVOCACY_ACTIVATIONS(EnteredFigures.ADVOCACY_ACTIVATIONS, null);

        final String key;
        final String yearToDateKey;

        Total(String key, String yearToDateKey) {
            this.key = key;
            this.yearToDateKey = yearToDateKey;
        }

        /** The key of the report API's contract ({@code tickets.total}): the label key of the views. */
        public String key() {
            return key;
        }
    }

    /** A figure of a coded part (a channel, a category, an Email Lapor type): the code, the figure and its share in percent. */
    public record Coded(String code, Figure figure, Double share) implements Serializable {
    }

    /** A ticket topic with the name and group (technical or other) the report gives it. */
    public record Topic(String code, String name, boolean technical, Figure figure) implements Serializable {
    }

    /** A count by code with the name the report stored (PPID topics: the kind of information asked). */
    public record Count(String code, String name, long count) implements Serializable {
    }

    /**
     * A complaint topic (Pengaduan, Keluhan Kebijakan, Keluhan Layanan) with its tickets and the regions they came
     * from, most first (a region's name is empty when the requester's region is unknown).
     */
    public record Complaint(String code, String name, long count, List<Count> regions) implements Serializable {
    }

    /** One month's value of a chart's series. */
    public record Point(YearMonth month, long value) implements Serializable {
    }

    /** The tickets inside and outside service hours of one time zone (WIB, WITA, WIT). */
    public record Zone(String zone, long inside, long outside) implements Serializable {
    }

    /** Escalations: all, and among the tickets outside service hours; the tickets whose zone is unknown. */
    public record Escalation(long count, long outsideHours, long outsideHoursEscalated, long unidentified)
            implements Serializable {
    }

    /** One of the regional governments that asked most, with its count and the names of its topics. */
    public record Pemda(String region, long count, List<String> topics) implements Serializable {
    }

    /** A Layer 2 unit's answered escalations and its average speed score (120/100/80), null when none was scored. */
    public record UnitScore(String unit, long count, Double averageScore) implements Serializable {
    }

    /** An agent's survey averages (by display name) and whether they meet the target. */
    public record AgentScore(String agent, Double service, Double answer, long ratings, boolean meetsTarget)
            implements Serializable {
    }

    /** The month's average of both survey questions against the target; value null when nobody rated. */
    public record Average(Double value, double target, boolean meetsTarget) implements Serializable {
    }

    /** A publication or an event of the month. */
    public record Item(LocalDate date, String typeLabel, String title) implements Serializable {
    }

    /** A face-to-face visit or a video conference of the month (a conference has no guests or breach). */
    public record Visit(LocalDate date, String region, int guestsArrived, String topics, boolean breach)
            implements Serializable {
    }

    /** A blast of the month: its day, channel code and subject. */
    public record Blast(LocalDate date, String channel, String subject) implements Serializable {
    }

    /** A most-visited page of the website: its title (its path in a report compiled before titles were kept) and views. */
    public record Page(String name, long views) implements Serializable {
    }

    /**
     * One platform's social-media figures, each with M−1 and M−12 (all null where not entered): posts (Instagram's
     * feed posts and stories together), of those the stories (Instagram only), followers, total reach, the average
     * reach per feed post (reach ÷ posts without the stories, half up, never typed), profile visits.
     */
    public record Platform(String code, Figure posts, Figure stories, Figure followers, Figure reach, Figure averageReach,
            Figure profileVisits) implements Serializable {

        /** The measures in the order of the report's table, by their label key ({@code posts}, {@code stories}, …). */
        public java.util.Map<String, Figure> measures() {
            java.util.Map<String, Figure> m = new java.util.LinkedHashMap<>();
            m.put("posts", posts);
            m.put("stories", stories);
            m.put("followers", followers);
            m.put("reach", reach);
            m.put("averageReach", averageReach);
            m.put("profileVisits", profileVisits);
            return m;
        }
    }

    /** A figure of the entered part (typed or read from an export by the editor, or measured by a source), by its key. */
    public record EnteredLine(String key, Figure figure, boolean fromData, String importedFrom) implements Serializable {
    }
}
