package id.djpk.portal.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures whose source is not in the portal yet, entered by the editor in the report (DOMAIN.md §4–§5):
 * social media (posts, followers, reach per platform), chatbot users per menu, Email Lapor per report type, and
 * the list of blasts (kept as {@link ReportBlast}s, counted as {@link #BLASTS}). The totals are sums, never typed
 * in: {@link #CHATBOT} is the users of menus 1–8 and "Tidak Dilanjutkan" (without Chat Agent, as the seeds count
 * it), {@link #EMAIL_LAPOR} the sum of the types. When a capability measures one of these keys (a
 * {@link ReportFigureSource}), the compiler takes it from the data and the editor can no longer enter it.
 */
public final class EnteredFigures {

    /** The platforms by code (TWITTER is X; the code stays as the report API has always named it). */
    public static final List<String> PLATFORMS = List.of("INSTAGRAM", "TWITTER", "FACEBOOK", "YOUTUBE", "TIKTOK");
    /** A platform's posts in the month; Instagram's count feed posts and stories together, as the seeds do. */
    public static final String POSTS = "socialMedia.posts.";
    /** Followers at the end of the month. */
    public static final String FOLLOWERS = "socialMedia.followers.";
    /** Total reach in the month (the report shows the average per post beside it, reach ÷ posts). */
    public static final String REACH = "socialMedia.reach.";
    /** Visits to the account's profile in the month. */
    public static final String PROFILE_VISITS = "socialMedia.profileVisits.";
    /** Of Instagram's posts, the stories ("27 feeds, 29 story"); Instagram only. */
    public static final String STORIES = "socialMedia.stories.";
    public static final String INSTAGRAM = "INSTAGRAM";
    /** The measures per platform, in the order of the report's table. */
    public static final List<String> MEASURES = List.of(POSTS, FOLLOWERS, REACH, PROFILE_VISITS);
    /** The summary tile: the average of the platforms' posts ("rata-rata publikasi media sosial"). */
    public static final String AVERAGE_POSTS = "socialMedia.averagePosts";

    public static final String BLASTS = "blasts.total";
    public static final String BLASTS_LIST = "blasts.list";
    public static final String BLASTS_YTD = "blasts.ytd";
    public static final String CHATBOT = "chatbot.users";
    public static final String CHATBOT_MENU = "chatbot.menu.";
    public static final String CHATBOT_YTD = "chatbot.ytd";
    public static final String EMAIL_LAPOR = "emailLapor.total";
    public static final String EMAIL_TYPE = "emailLapor.byType.";
    public static final String EMAIL_YTD = "emailLapor.ytd";

    /** The chatbot's users of the last nine months ([{month, value}], the months with a value). */
    public static final String CHATBOT_TREND = "chatbot.trend";
    /** Email Lapor's e-mails of the last nine months ([{month, value}], the months with a value). */
    public static final String EMAIL_TREND = "emailLapor.trend";
    /** The platforms' posts, followers and reach of the last six months ([{month, posts: {platform: n}, …}]). */
    public static final String SOCIAL_TREND = "socialMedia.trend";
    /**
     * Employee Advocacy (the Ministry's programme in which employees spread the office's content on their own social
     * media), as the seeds report it from the programme's dashboard: the employees who took part ("jumlah realisasi
     * pegawai") against the target number of employees and against all employees, and the activations by kind
     * (shared available content, likes/comments/shares, content of their own), whose sum and shares the portal
     * computes. All typed by the editor.
     */
    public static final String ADVOCACY_EMPLOYEES = "employeeAdvocacy.employees";
    public static final String ADVOCACY_TARGET = "employeeAdvocacy.target";
    public static final String ADVOCACY_ALL_EMPLOYEES = "employeeAdvocacy.allEmployees";
    public static final String ADVOCACY_ACTIVATION = "employeeAdvocacy.activation.";
    /** The activations: the sum of the kinds. */
    public static final String ADVOCACY_ACTIVATIONS = "employeeAdvocacy.activations";
    /** The kinds of activation, by code, with the dashboard's names. */
    public static final Map<String, String> ADVOCACY_KINDS = ordered(
            "CONTENT", "Konten tersedia",
            "ENGAGEMENT", "Like/Comment/Share",
            "OWN_CONTENT", "Kreasi konten mandiri");

    /** The chatbot's menu "Chat Agent": handed over to a person, so not counted among the chatbot's users. */
    public static final String CHAT_AGENT = "CHAT_AGENT";
    /** Users who left before choosing a menu. */
    public static final String ABANDONED = "TIDAK_DILANJUTKAN";

    /** The chatbot's menus 1–9 and "Tidak Dilanjutkan", by code, with the names the chatbot shows. */
    public static final Map<String, String> CHATBOT_MENUS = ordered(
            "TKD", "Informasi Anggaran Transfer ke Daerah",
            "PEMBIAYAAN", "Informasi Pembiayaan Daerah",
            "AKPD", "Informasi Fungsional AKPD",
            "SHSR", "Informasi Standar Harga Satuan Regional (SHSR)",
            "PDRD", "Informasi Pajak Daerah dan Retribusi Daerah",
            "SIKD", "Informasi Aplikasi SIKD-Core",
            "DATA", "Informasi Permohonan Data",
            "KUNJUNGAN", "Informasi Kunjungan ke DJPK",
            CHAT_AGENT, "Chat Agent",
            ABANDONED, "Tidak Dilanjutkan");

    /** The report types the Email Lapor mailbox receives, by code. */
    public static final Map<String, String> EMAIL_TYPES = ordered(
            "DAU", "Laporan Syarat Salur DAU",
            "DBH", "Laporan Syarat Salur DBH",
            "DAK_NON_FISIK", "Laporan Syarat Salur DAK Non Fisik",
            "APBD_IKD", "Laporan APBD/IKD",
            "INSENTIF_FISKAL", "Laporan Insentif Fiskal",
            "LAINNYA", "Laporan lainnya");

    /** The keys the editor types in (unless a source measures them). */
    public static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>();
        for (String measure : MEASURES) {
            for (String p : PLATFORMS) {
                keys.add(measure + p);
            }
        }
        keys.add(STORIES + INSTAGRAM);
        CHATBOT_MENUS.keySet().forEach(code -> keys.add(CHATBOT_MENU + code));
        EMAIL_TYPES.keySet().forEach(code -> keys.add(EMAIL_TYPE + code));
        keys.add(ADVOCACY_EMPLOYEES);
        keys.add(ADVOCACY_TARGET);
        keys.add(ADVOCACY_ALL_EMPLOYEES);
        ADVOCACY_KINDS.keySet().forEach(code -> keys.add(ADVOCACY_ACTIVATION + code));
        KEYS = Collections.unmodifiableList(keys);
    }

    /** Totals the editor typed in before they became sums; still read in the reports that hold them. */
    static final List<String> LEGACY = List.of(CHATBOT, EMAIL_LAPOR);

    /** The largest value an editor can enter (a count, never negative). */
    public static final long MAX = 1_000_000_000_000L;

    private EnteredFigures() {
    }

    public static boolean isEnterable(String key) {
        return KEYS.contains(key);
    }

    /** Whether a key of the snapshot belongs to this part of the report (entered, summed or measured). */
    static boolean isOwnKey(String key) {
        return key.startsWith("socialMedia.") || key.startsWith("chatbot.") || key.startsWith("emailLapor.")
                || key.startsWith("blasts.") || isAdvocacy(key);
    }

    /** Whether a key is one of Employee Advocacy's figures. */
    public static boolean isAdvocacy(String key) {
        return key.startsWith("employeeAdvocacy.");
    }

    /** Whether a chatbot menu counts among the chatbot's users (all but Chat Agent). */
    public static boolean countsAsChatbotUser(String menuCode) {
        return !CHAT_AGENT.equals(menuCode);
    }

    /** The Indonesian name of an entered key, as the PDF prints it. */
    public static String label(String key) {
        for (String p : PLATFORMS) {
            if (key.endsWith("." + p) && key.startsWith("socialMedia.")) {
                String measure = key.startsWith(POSTS) ? "Unggahan" : key.startsWith(FOLLOWERS) ? "Pengikut"
                        : key.startsWith(REACH) ? "Jangkauan" : key.startsWith(STORIES) ? "Story" : "Kunjungan profil";
                return measure + " " + platformName(p);
            }
        }
        if (key.startsWith(CHATBOT_MENU)) {
            return "Chatbot: " + CHATBOT_MENUS.getOrDefault(key.substring(CHATBOT_MENU.length()), key);
        }
        if (key.startsWith(EMAIL_TYPE)) {
            return "Email Lapor: " + EMAIL_TYPES.getOrDefault(key.substring(EMAIL_TYPE.length()), key);
        }
        if (key.startsWith(ADVOCACY_ACTIVATION)) {
            return "Employee Advocacy: " + ADVOCACY_KINDS.getOrDefault(key.substring(ADVOCACY_ACTIVATION.length()), key);
        }
        return switch (key) {
            case BLASTS -> "Blast";
            case CHATBOT -> "Pengguna chatbot (tanpa Chat Agent)";
            case EMAIL_LAPOR -> "Email Lapor";
            case ADVOCACY_EMPLOYEES -> "Employee Advocacy: pegawai yang berpartisipasi";
            case ADVOCACY_TARGET -> "Employee Advocacy: target jumlah pegawai";
            case ADVOCACY_ALL_EMPLOYEES -> "Employee Advocacy: jumlah seluruh pegawai";
            case ADVOCACY_ACTIVATIONS -> "Employee Advocacy: aktivasi";
            default -> key;
        };
    }

    /** A platform as the report names it ("Instagram", "X (Twitter)", "TikTok"). */
    public static String platformName(String code) {
        return switch (code) {
            case "TWITTER" -> "X (Twitter)";
            case "YOUTUBE" -> "YouTube";
            case "TIKTOK" -> "TikTok";
            default -> code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static Map<String, String> ordered(String... codesAndNames) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            m.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
