package id.djpk.portal.report.social;

/**
 * A row of the report's social-media section. Instagram is two rows because the report counts feed posts and
 * stories apart ("27 feeds, 29 story"); the account's own figures (reach and profile visits from the daily
 * insights, followers) belong to {@link #INSTAGRAM_FEED}, the account's main row.
 */
public enum Platform {
    INSTAGRAM_FEED,
    INSTAGRAM_STORY,
    X,
    FACEBOOK,
    YOUTUBE,
    TIKTOK
}
