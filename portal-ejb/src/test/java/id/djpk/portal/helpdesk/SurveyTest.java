package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The survey link's life, valid ratings, and the monthly eligibility of an agent's average. */
class SurveyTest {

    static final Instant CLOSED = Instant.parse("2024-05-02T03:00:00Z");

    @ParameterizedTest(name = "{0}, {1} days after closing, rated: {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "CLOSED     | 0    | false | OPEN",
            "CLOSED     | 13.9 | false | OPEN",
            "CLOSED     | 14   | false | EXPIRED",
            "CLOSED     | 30   | false | EXPIRED",
            "CLOSED     | 1    | true  | ALREADY_RATED",
            "OPEN       | 1    | false | NOT_CLOSED",
            "WAITING_L2 | 1    | false | NOT_CLOSED",
            "MERGED     | 1    | false | NOT_CLOSED"})
    void state(TicketStatus status, double daysAfter, boolean rated, Survey.State expected) {
        Instant now = CLOSED.plusSeconds((long) (daysAfter * 86_400));
        Instant expires = CLOSED.plus(Survey.VALID);
        assertEquals(expected, Survey.state(status, expires, rated ? now : null, now));
    }

    @ParameterizedTest
    @CsvSource({"0,false", "1,true", "3,true", "5,true", "6,false", ",false"})
    void validRating(Integer rating, boolean valid) {
        assertEquals(valid, Survey.validRating(rating));
    }

    @ParameterizedTest(name = "{0} ratings from {1} people → {2}")
    @CsvSource({"5,5,true", "12,5,true", "4,4,false", "9,4,false", "5,6,true", "0,0,false"})
    void enoughRatings(long ratings, long people, boolean enough) {
        assertEquals(enough, Survey.enoughRatings(ratings, people));
    }

    @ParameterizedTest
    @CsvSource({"3.5,true", "3.49,false", "4.2,true", ",false"})
    void target(Double average, boolean meets) {
        assertEquals(meets, Survey.meetsTarget(average));
    }
}
