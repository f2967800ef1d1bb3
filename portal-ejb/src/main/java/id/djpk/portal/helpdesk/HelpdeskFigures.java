package id.djpk.portal.helpdesk;

import id.djpk.portal.reference.TimeZoneCode;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One month of the contact center's figures, counted over the tickets created in that month (office zone),
 * so that they follow from the tickets alone and an imported history gives the same figures again. The
 * names are the keys of {@code GET /portal/api/stats/helpdesk}. {@code satisfactionAverage} is the month's
 * "rata-rata nilai kepuasan": the mean of every rating of both questions (Kepuasan Layanan and Substansi
 * Jawaban) given that month, null when none was given.
 */
public record HelpdeskFigures(YearMonth month, long total, Map<String, Long> byChannel, Map<String, Long> byCategory,
        Map<String, Long> byTopic, Map<TimeZoneCode, InOut> serviceHours, long unidentified, Escalation escalated,
        Map<String, UnitScore> l2Units, List<Pemda> topPemda, Map<String, Satisfaction> satisfaction,
        Map<String, Long> kbNeedingReview, Double satisfactionAverage) implements Serializable {

    public record InOut(long inside, long outside) implements Serializable {
    }

    /** Escalated tickets; among the out-of-hours tickets, how many needed escalation. */
    public record Escalation(long count, long outsideHours, long outsideHoursEscalated) implements Serializable {
    }

    /** A unit's escalated tickets and the average speed score of those it answered (null when none yet). */
    public record UnitScore(long count, Double averageScore) implements Serializable {
    }

    /** A regional government among the five that asked most, with its topics, most asked first. */
    public record Pemda(String regionCode, long count, Map<String, Long> topics) implements Serializable {
    }

    /** An agent's ratings: averages of Kepuasan Layanan and Substansi Jawaban, how many and from how many people. */
    public record Satisfaction(Double service, Double answer, long ratings, long distinctRequesters)
            implements Serializable {

        public boolean enoughRatings() {
            return Survey.enoughRatings(ratings, distinctRequesters);
        }

        public boolean meetsTarget() {
            return Survey.meetsTarget(service) && Survey.meetsTarget(answer);
        }
    }
}
