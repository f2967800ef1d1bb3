package id.djpk.portal.helpdesk;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The satisfaction survey sent on closing: one use, valid 14 days; Kepuasan Layanan and Substansi Jawaban
 * on 1–5. An agent's monthly average counts when it rests on at least 5 ratings from 5 different requesters;
 * the target is 3,5.
 */
public final class Survey {

    public static final Duration VALID = Duration.ofDays(14);
    public static final int MIN_RATINGS = 5;
    public static final int MIN_REQUESTERS = 5;
    public static final BigDecimal TARGET = new BigDecimal("3.5");

    /** What the survey link may do now. */
    public enum State { OPEN, NOT_CLOSED, ALREADY_RATED, EXPIRED }

    private Survey() {
    }

    /** {@code expires} is the end of the link's validity, set when the survey was sent. */
    public static State state(TicketStatus status, Instant expires, Instant ratedAt, Instant now) {
        if (ratedAt != null) {
            return State.ALREADY_RATED;
        }
        if (status != TicketStatus.CLOSED || expires == null) {
            return State.NOT_CLOSED;
        }
        return now.isBefore(expires) ? State.OPEN : State.EXPIRED;
    }

    public static boolean validRating(Integer rating) {
        return rating != null && rating >= 1 && rating <= 5;
    }

    /** Whether an agent's month has enough ratings, from enough different requesters, to be judged. */
    public static boolean enoughRatings(long ratings, long distinctRequesters) {
        return ratings >= MIN_RATINGS && distinctRequesters >= MIN_REQUESTERS;
    }

    public static boolean meetsTarget(Double average) {
        return average != null && BigDecimal.valueOf(average).compareTo(TARGET) >= 0;
    }
}
