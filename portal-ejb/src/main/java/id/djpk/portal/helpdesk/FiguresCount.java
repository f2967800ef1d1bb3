package id.djpk.portal.helpdesk;

import id.djpk.portal.reference.TimeZoneCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Counts a month's figures from its tickets; no database, so the rules are tested directly. */
final class FiguresCount {

    static final int TOP_PEMDA = 5;

    private FiguresCount() {
    }

    static HelpdeskFigures count(YearMonth month, List<Ticket> tickets, Map<String, Long> kbNeedingReview) {
        Map<String, Long> byChannel = zeros(Channel.values());
        Map<String, Long> byCategory = zeros(UserCategory.values());
        Map<String, Long> byTopic = new TreeMap<>();
        Map<TimeZoneCode, long[]> hours = new EnumMap<>(TimeZoneCode.class);
        for (TimeZoneCode z : TimeZoneCode.values()) {
            hours.put(z, new long[2]);
        }
        long unidentified = 0;
        long escalated = 0;
        long outside = 0;
        long outsideEscalated = 0;
        Map<String, List<Integer>> unitScores = new TreeMap<>();
        Map<String, Long> unitCounts = new TreeMap<>();
        Map<String, Map<String, Long>> pemdaTopics = new HashMap<>();
        Map<String, Long> pemdaCounts = new HashMap<>();
        Map<String, List<Ticket>> rated = new TreeMap<>();

        for (Ticket t : tickets) {
            byChannel.merge(t.getChannel().name(), 1L, Long::sum);
            if (t.getCategory() != null) {
                byCategory.merge(t.getCategory().name(), 1L, Long::sum);
            }
            t.getTopics().forEach(code -> byTopic.merge(code, 1L, Long::sum));
            boolean isEscalated = t.getEscalatedAt() != null;
            if (t.getServiceHours() == HoursVerdict.UNIDENTIFIED || t.getTimeZone() == null) {
                unidentified++;
            } else {
                hours.get(t.getTimeZone())[t.getServiceHours() == HoursVerdict.INSIDE ? 0 : 1]++;
                if (t.getServiceHours() == HoursVerdict.OUTSIDE) {
                    outside++;
                    outsideEscalated += isEscalated ? 1 : 0;
                }
            }
            if (isEscalated) {
                escalated++;
                unitCounts.merge(t.getL2Unit(), 1L, Long::sum);
                List<Integer> scores = unitScores.computeIfAbsent(t.getL2Unit(), u -> new ArrayList<>());
                if (t.getL2Score() != null) {
                    scores.add(t.getL2Score());
                }
            }
            if (t.getCategory() == UserCategory.PEMDA && t.getRegionCode() != null) {
                pemdaCounts.merge(t.getRegionCode(), 1L, Long::sum);
                Map<String, Long> topics = pemdaTopics.computeIfAbsent(t.getRegionCode(), r -> new HashMap<>());
                t.getTopics().forEach(code -> topics.merge(code, 1L, Long::sum));
            }
            if (t.getAgent() != null && (t.getRatingService() != null || t.getRatingAnswer() != null)) {
                rated.computeIfAbsent(t.getAgent(), a -> new ArrayList<>()).add(t);
            }
        }

        Map<TimeZoneCode, HelpdeskFigures.InOut> serviceHours = new EnumMap<>(TimeZoneCode.class);
        hours.forEach((z, n) -> serviceHours.put(z, new HelpdeskFigures.InOut(n[0], n[1])));

        // ranked: the best average first, then the most tickets
        Map<String, HelpdeskFigures.UnitScore> units = unitCounts.keySet().stream()
                .map(u -> Map.entry(u, new HelpdeskFigures.UnitScore(unitCounts.get(u), average(unitScores.get(u), i -> i))))
                .sorted(Comparator.<Map.Entry<String, HelpdeskFigures.UnitScore>, Double>comparing(
                        e -> e.getValue().averageScore() == null ? -1 : e.getValue().averageScore()).reversed()
                        .thenComparing(e -> -e.getValue().count()).thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));

        List<HelpdeskFigures.Pemda> top = pemdaCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(TOP_PEMDA)
                .map(e -> new HelpdeskFigures.Pemda(e.getKey(), e.getValue(), ranked(pemdaTopics.get(e.getKey()))))
                .toList();

        Map<String, HelpdeskFigures.Satisfaction> satisfaction = new LinkedHashMap<>();
        rated.forEach((agent, list) -> {
            // a contact not yet stored has no id: then the object itself tells people apart
            Set<Object> people = new HashSet<>();
            list.forEach(t -> people.add(t.getContact().getId() == null ? t.getContact() : t.getContact().getId()));
            satisfaction.put(agent, new HelpdeskFigures.Satisfaction(average(list, Ticket::getRatingService),
                    average(list, Ticket::getRatingAnswer), list.size(), people.size()));
        });

        return new HelpdeskFigures(month, tickets.size(), byChannel, byCategory, byTopic, serviceHours, unidentified,
                new HelpdeskFigures.Escalation(escalated, outside, outsideEscalated), units, top, satisfaction,
                new TreeMap<>(kbNeedingReview));
    }

    /** The mean of the values present, to two decimals; null when there is none. */
    static <T> Double average(List<T> items, Function<T, Integer> value) {
        long sum = 0;
        int n = 0;
        for (T item : items) {
            Integer v = value.apply(item);
            if (v != null) {
                sum += v;
                n++;
            }
        }
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
