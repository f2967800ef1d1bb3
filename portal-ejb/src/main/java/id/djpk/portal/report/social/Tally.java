package id.djpk.portal.report.social;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One platform's figures being summed over the month's rows. A measure stays null until a row gives it a value,
 * so a column the file lacks, or leaves empty, reads as unknown rather than as zero. Followers are a total, not a
 * flow: the value of the latest day counts.
 */
final class Tally {

    private Long posts;
    private Long reach;
    private Long views;
    private Long profileVisits;
    private Long followers;
    private LocalDate followersDay;

    void post() {
        posts = plus(posts, 1L);
    }

    void posts(Long n) {
        posts = plus(posts, n);
    }

    void reach(Long n) {
        reach = plus(reach, n);
    }

    void views(Long n) {
        views = plus(views, n);
    }

    void profileVisits(Long n) {
        profileVisits = plus(profileVisits, n);
    }

    void followers(LocalDate day, Long n) {
        if (n != null && (followersDay == null || !day.isBefore(followersDay))) {
            followers = n;
            followersDay = day;
        }
    }

    PlatformMonth toMonth(Platform platform, YearMonth month, String source) {
        return PlatformMonth.of(platform, month, posts, followers, reach, profileVisits, views, source);
    }

    private static Long plus(Long sum, Long n) {
        if (n == null) {
            return sum;
        }
        return sum == null ? n : Math.addExact(sum, n);
    }
}
