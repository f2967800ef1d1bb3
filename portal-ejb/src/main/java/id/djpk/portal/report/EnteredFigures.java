package id.djpk.portal.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The figures whose source is not in the portal yet, entered by the editor in the report: social media
 * (posts, followers, reach per platform), chatbot users, WhatsApp blasts and Email Lapor. When a capability
 * later produces one of them, the compiler takes it from the data and the key leaves this list.
 */
public final class EnteredFigures {

    public static final List<String> PLATFORMS = List.of("INSTAGRAM", "TWITTER", "FACEBOOK", "YOUTUBE");
    public static final String BLASTS = "blasts.total";
    public static final String CHATBOT = "chatbot.users";
    public static final String EMAIL_LAPOR = "emailLapor.total";
    public static final String POSTS = "socialMedia.posts.";
    public static final String FOLLOWERS = "socialMedia.followers.";
    public static final String REACH = "socialMedia.reach.";

    public static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>();
        for (String measure : List.of(POSTS, FOLLOWERS, REACH)) {
            for (String p : PLATFORMS) {
                keys.add(measure + p);
            }
        }
        keys.add(BLASTS);
        keys.add(CHATBOT);
        keys.add(EMAIL_LAPOR);
        KEYS = Collections.unmodifiableList(keys);
    }

    /** The largest value an editor can enter (a count, never negative). */
    public static final long MAX = 1_000_000_000_000L;

    private EnteredFigures() {
    }

    public static boolean isEnterable(String key) {
        return KEYS.contains(key);
    }
}
