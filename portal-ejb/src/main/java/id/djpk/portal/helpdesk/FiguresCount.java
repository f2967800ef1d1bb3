package id.djpk.portal.helpdesk;

import id.djpk.portal.reference.TimeZoneCode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a month's counts, as the database's aggregate queries return them ({@link Counts}), into its figures: the
 * zeros for channels and categories nobody used, in or out of service hours per zone, the ranking of Layer 2 units,
 * the five Pemda that asked most, the averages. No database here, so the rules are tested directly.
 */
final class FiguresCount {

    static final int TOP_PEMDA = 5;

    /**
     * Tickets of one kind: how many share a channel, user category, zone, service-hours verdict and Layer 2 unit;
     * of those how many were escalated, and the sum and number of their speed scores.
     */
    record Group(Channel channel, UserCategory category, TimeZoneCode zone, HoursVerdict verdict, String l2Unit,
            long count, long escalated, long scoreSum, long scores) {
    }

    /** An agent's rated tickets: sums and numbers of both ratings, the tickets rated and the distinct requesters. */
    record Rated(String agent, long serviceSum, long serviceCount, long answerSum, long answerCount, long tickets,
            long requesters) {
    }

    /** A month's counts: groups, tickets per topic, Pemda tickets per region and per region and topic. */
    record Counts(List<Group> groups, Map<String, Long> topics, Map<String, Long> pemda,
            Map<String, Map<String, Long>> pemdaTopics, List<Rated> rated) {
    }

    private FiguresCount() {
    }

    static HelpdeskFigures count(YearMonth month, Counts c, Map<String, Long> kbNeedingReview) {
        Map<String, Long> byChannel = zeros(Channel.values());
        Map<String, Long> byCategory = zeros(UserCategory.values());
        Map<TimeZoneCode, long[]> hours = new EnumMap<>(TimeZoneCode.class);
        for (TimeZoneCode z : TimeZoneCode.values()) {
            hours.put(z, new long[2]);
        }
        long total = 0;
        long unidentified = 0;
        long escalated = 0;
        long outside = 0;
        long outsideEscalated = 0;
        Map<String, long[]> units = new TreeMap<>();

        for (Group g : c.groups()) {
            total += g.count();
            byChannel.merge(g.channel().name(), g.count(), Long::sum);
            if (g.category() != null) {
                byCategory.merge(g.category().name(), g.count(), Long::sum);
            }
            if (g.verdict() == HoursVerdict.UNIDENTIFIED || g.verdict() == null || g.zone() == null) {
                unidentified += g.count();
            } else {
                hours.get(g.zone())[g.verdict() == HoursVerdict.INSIDE ? 0 : 1] += g.count();
                if (g.verdict() == HoursVerdict.OUTSIDE) {
                    outside += g.count();
                    outsideEscalated += g.escalated();
                }
            }
            if (g.escalated() > 0) {
                escalated += g.escalated();
                long[] u = units.computeIfAbsent(g.l2Unit(), x -> new long[3]);
                u[0] += g.escalated();
                u[1] += g.scoreSum();
                u[2] += g.scores();
            }
        }

        Map<TimeZoneCode, HelpdeskFigures.InOut> serviceHours = new EnumMap<>(TimeZoneCode.class);
        hours.forEach((z, n) -> serviceHours.put(z, new HelpdeskFigures.InOut(n[0], n[1])));

        // ranked: the best average first, then the most tickets
        Map<String, HelpdeskFigures.UnitScore> ranked = units.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new HelpdeskFigures.UnitScore(e.getValue()[0],
                        average(e.getValue()[1], e.getValue()[2]))))
                .sorted(Comparator.<Map.Entry<String, HelpdeskFigures.UnitScore>, Double>comparing(
                        e -> e.getValue().averageScore() == null ? -1 : e.getValue().averageScore()).reversed()
                        .thenComparing(e -> -e.getValue().count()).thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));

        List<HelpdeskFigures.Pemda> top = topPemda(c.pemda()).stream()
                .map(region -> new HelpdeskFigures.Pemda(region, c.pemda().get(region),
                        ranked(c.pemdaTopics().getOrDefault(region, Map.of()))))
                .toList();

        Map<String, HelpdeskFigures.Satisfaction> satisfaction = new LinkedHashMap<>();
        c.rated().stream().sorted(Comparator.comparing(Rated::agent)).forEach(r -> satisfaction.put(r.agent(),
                new HelpdeskFigures.Satisfaction(average(r.serviceSum(), r.serviceCount()),
                        average(r.answerSum(), r.answerCount()), r.tickets(), r.requesters())));

        long ratingSum = c.rated().stream().mapToLong(r -> r.serviceSum() + r.answerSum()).sum();
        long ratingCount = c.rated().stream().mapToLong(r -> r.serviceCount() + r.answerCount()).sum();

        return new HelpdeskFigures(month, total, byChannel, byCategory, new TreeMap<>(c.topics()), serviceHours,
                unidentified, new HelpdeskFigures.Escalation(escalated, outside, outsideEscalated), ranked, top,
                satisfaction, new TreeMap<>(kbNeedingReview), average(ratingSum, ratingCount));
    }

    /** The regions of the five Pemda with the most tickets; ties by region code. */
    static List<String> topPemda(Map<String, Long> pemda) {
        return pemda.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(TOP_PEMDA).map(Map.Entry::getKey).toList();
    }

    /** The mean of {@code n} values summing to {@code sum}, to two decimals; null when there is none. */
    static Double average(long sum, long n) {
        return n == 0 ? null : Math.round(sum * 100.0 / n) / 100.0;
    }

    private static Map<String, Long> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, Long> zeros(Enum<?>[] codes) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Enum<?> c : codes) {
            m.put(c.name(), 0L);
        }
        return m;
    }
}
