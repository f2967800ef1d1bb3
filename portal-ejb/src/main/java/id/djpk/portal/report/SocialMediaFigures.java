package id.djpk.portal.report;

import id.djpk.portal.report.social.Platform;
import id.djpk.portal.report.social.PlatformMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's social-media figures ({@link EnteredFigures}) read from a platform's export file: which key each
 * figure of a {@link PlatformMonth} fills, and from which file. What the file does not carry is left out, so the
 * editor's typed value stays. Instagram's posts are its feed posts and stories together, as the seeds count them
 * ("27 feeds, 29 story" → 56); its stories are kept apart as well.
 */
public final class SocialMediaFigures {

    /** A figure read from a file: its value and the file ("Meta Business Suite: konten.csv"). */
    public record Read(long value, String source) {
    }

    private SocialMediaFigures() {
    }

    /** The report's code of a platform of the exports (X is the report's TWITTER). */
    static String code(Platform p) {
        return switch (p) {
            case INSTAGRAM_FEED, INSTAGRAM_STORY -> EnteredFigures.INSTAGRAM;
            case X -> "TWITTER";
            case FACEBOOK -> "FACEBOOK";
            case YOUTUBE -> "YOUTUBE";
            case TIKTOK -> "TIKTOK";
        };
    }

    /** The keys the file's figures fill, in the order of the report's table. */
    public static Map<String, Read> of(List<PlatformMonth> read) {
        Map<String, Read> out = new LinkedHashMap<>();
        PlatformMonth story = find(read, Platform.INSTAGRAM_STORY);
        for (PlatformMonth m : read) {
            if (m.platform() == Platform.INSTAGRAM_STORY) {
                continue;
            }
            String p = code(m.platform());
            Long posts = m.posts();
            if (m.platform() == Platform.INSTAGRAM_FEED && posts != null && story != null && story.posts() != null) {
                posts = posts + story.posts();
            }
            put(out, EnteredFigures.POSTS + p, posts, m.source());
            put(out, EnteredFigures.FOLLOWERS + p, m.followers(), m.source());
            put(out, EnteredFigures.REACH + p, m.reach(), m.source());
            put(out, EnteredFigures.PROFILE_VISITS + p, m.profileVisits(), m.source());
        }
        // stories alone leave Instagram's posts as typed; the stories' reach is not the account's
        if (story != null) {
            put(out, EnteredFigures.STORIES + EnteredFigures.INSTAGRAM, story.posts(), story.source());
        }
        return out;
    }

    private static PlatformMonth find(List<PlatformMonth> read, Platform p) {
        return read.stream().filter(m -> m.platform() == p).findFirst().orElse(null);
    }

    private static void put(Map<String, Read> out, String key, Long value, String source) {
        if (value != null && value >= 0 && value <= EnteredFigures.MAX) {
            out.put(key, new Read(value, source));
        }
    }
}
