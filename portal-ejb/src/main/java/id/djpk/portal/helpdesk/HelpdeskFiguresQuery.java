package id.djpk.portal.helpdesk;

import id.djpk.portal.reference.TimeZoneCode;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The contact center's monthly figures (the figures page, {@code GET /portal/api/stats/helpdesk} and the monthly
 * report), counted by the database in a few aggregate queries; {@link FiguresCount} turns the counts into
 * {@link HelpdeskFigures}. Reads only.
 */
@Stateless
public class HelpdeskFiguresQuery {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public HelpdeskFigures figures(YearMonth month) {
        return figures(List.of(month)).get(month);
    }

    private static final String MONTHS_NOT_MERGED = " WHERE t.createdMonth IN :months AND t.status <> "
            + "id.djpk.portal.helpdesk.TicketStatus.MERGED";
    private static final String OF_MONTHS = " FROM Ticket t" + MONTHS_NOT_MERGED;
    /** The same tickets, once per topic ({@code p}). */
    private static final String TOPICS_OF_MONTHS = " FROM Ticket t JOIN t.topics p" + MONTHS_NOT_MERGED;

    /**
     * The figures of several months over every channel (the helpdesk's own figures: the figures page and {@code GET
     * /portal/api/stats/helpdesk}).
     */
    public Map<YearMonth, HelpdeskFigures> figures(Collection<YearMonth> months) {
        return figures(months, EnumSet.allOf(Channel.class));
    }

    /**
     * The figures of several months (the report asks for M, M−1 and M−12 at once) counted over the tickets of the
     * given channels only (the report: the office's "Tiket Konsultasi"), by the database: five aggregate queries
     * over all the months together, whatever the number of tickets; {@link FiguresCount} turns the counts into
     * figures. The queries group by channel as well and the other channels' counts are left out here; the ratings,
     * whose distinct requesters cannot be added up over channels, are filtered in the query. Every column stays in
     * the two covering indexes (V11, V41), so the database still counts from the index alone.
     */
    public Map<YearMonth, HelpdeskFigures> figures(Collection<YearMonth> months, Set<Channel> channels) {
        List<String> keys = months.stream().map(YearMonth::toString).distinct().toList();
        Map<String, List<FiguresCount.Group>> groups = new HashMap<>();
        Map<String, Map<String, Long>> topics = new HashMap<>();
        Map<String, Map<String, Long>> pemdaCounts = new HashMap<>();
        Map<String, Map<String, Map<String, Long>>> pemdaTopics = new HashMap<>();
        Map<String, List<FiguresCount.Rated>> rated = new HashMap<>();
        for (Object[] r : rows("SELECT t.createdMonth, t.channel, t.category, t.timeZone, t.serviceHours, t.l2Unit, "
                + "COUNT(t), COUNT(t.escalatedAt), SUM(t.l2Score), COUNT(t.l2Score)" + OF_MONTHS
                + " GROUP BY t.createdMonth, t.channel, t.category, t.timeZone, t.serviceHours, t.l2Unit", keys)) {
            if (channels.contains((Channel) r[1])) {
                groups.computeIfAbsent((String) r[0], m -> new ArrayList<>()).add(new FiguresCount.Group((Channel) r[1],
                        (UserCategory) r[2], (TimeZoneCode) r[3], (HoursVerdict) r[4], (String) r[5], n(r[6]), n(r[7]),
                        n(r[8]), n(r[9])));
            }
        }
        for (Object[] r : rows("SELECT t.createdMonth, p, t.channel, COUNT(t)" + TOPICS_OF_MONTHS
                + " GROUP BY t.createdMonth, p, t.channel", keys)) {
            if (channels.contains((Channel) r[2])) {
                topics.computeIfAbsent((String) r[0], m -> new TreeMap<>()).merge((String) r[1], n(r[3]), Long::sum);
            }
        }
        // Pemda by HAVING on the grouped category, not in WHERE: H2 reads the whole index when a second index
        // column (category) is compared next to an IN on the first (created_month); see docs/benchmarks.md
        String pemda = " AND t.regionCode IS NOT NULL";
        String onlyPemda = " HAVING t.category = id.djpk.portal.helpdesk.UserCategory.PEMDA";
        for (Object[] r : rows("SELECT t.createdMonth, t.regionCode, t.channel, COUNT(t)" + OF_MONTHS + pemda
                + " GROUP BY t.createdMonth, t.category, t.regionCode, t.channel" + onlyPemda, keys)) {
            if (channels.contains((Channel) r[2])) {
                pemdaCounts.computeIfAbsent((String) r[0], m -> new HashMap<>()).merge((String) r[1], n(r[3]), Long::sum);
            }
        }
        // the topics of every Pemda of the months (the top five are picked from them): filtering on the regions in
        // SQL would make the database read those regions' tickets of all years through the region index
        for (Object[] r : rows("SELECT t.createdMonth, t.regionCode, p, t.channel, COUNT(t)"
                + TOPICS_OF_MONTHS + pemda
                + " GROUP BY t.createdMonth, t.category, t.regionCode, p, t.channel" + onlyPemda, keys)) {
            if (channels.contains((Channel) r[3])) {
                pemdaTopics.computeIfAbsent((String) r[0], m -> new HashMap<>())
                        .computeIfAbsent((String) r[1], x -> new HashMap<>()).merge((String) r[2], n(r[4]), Long::sum);
            }
        }
        for (Object[] r : rows("SELECT t.createdMonth, t.agent, SUM(t.ratingService), COUNT(t.ratingService), "
                + "SUM(t.ratingAnswer), COUNT(t.ratingAnswer), COUNT(t), COUNT(DISTINCT t.contactId)" + OF_MONTHS
                + " AND t.agent IS NOT NULL AND (t.ratingService IS NOT NULL OR t.ratingAnswer IS NOT NULL)"
                + onlyChannels(channels) + " GROUP BY t.createdMonth, t.agent", keys)) {
            rated.computeIfAbsent((String) r[0], m -> new ArrayList<>()).add(new FiguresCount.Rated((String) r[1],
                    n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])));
        }
        Map<String, Long> review = needingReview();
        Map<YearMonth, HelpdeskFigures> out = new LinkedHashMap<>();
        for (String m : keys) {
            out.put(YearMonth.parse(m), FiguresCount.count(YearMonth.parse(m), new FiguresCount.Counts(
                    groups.getOrDefault(m, List.of()), topics.getOrDefault(m, Map.of()), pemdaCounts.getOrDefault(m, Map.of()),
                    pemdaTopics.getOrDefault(m, Map.of()), rated.getOrDefault(m, List.of())), review));
        }
        return out;
    }

    /**
     * The condition keeping the given channels' tickets (nothing when they are all): enum literals written from the
     * constants' names, so nothing from outside reaches the query text.
     */
    static String onlyChannels(Set<Channel> channels) {
        if (channels.containsAll(EnumSet.allOf(Channel.class))) {
            return "";
        }
        if (channels.isEmpty()) {
            return " AND 1 = 0";
        }
        return channels.stream().sorted().map(c -> "id.djpk.portal.helpdesk.Channel." + c.name())
                .collect(Collectors.joining(", ", " AND t.channel IN (", ")"));
    }

    /**
     * An aggregate query over the given months. The months are written into the SQL as literals rather than bound
     * (EclipseLink's bind-parameters hint): H2 then checks {@code created_month IN (…)} against a constant set for
     * each index entry instead of comparing with every parameter (docs/benchmarks.md). The values are
     * {@link YearMonth#toString()} (digits and a dash), so nothing from outside reaches the SQL text.
     */
    private List<Object[]> rows(String jpql, List<String> months) {
        return em.createQuery(jpql, Object[].class).setParameter("months", months)
                .setHint("eclipselink.jdbc.bind-parameters", "false").getResultList();
    }

    private static long n(Object count) {
        return count == null ? 0 : ((Number) count).longValue();
    }

    /**
     * The number of tickets per month from {@code from} to {@code to} over every channel; see
     * {@link #totalsPerMonth(YearMonth, YearMonth, Set)}.
     */
    public Map<YearMonth, Long> totalsPerMonth(YearMonth from, YearMonth to) {
        return totalsPerMonth(from, to, EnumSet.allOf(Channel.class));
    }

    /**
     * The number of tickets of the given channels per month from {@code from} to {@code to}, counted as
     * {@link #figures} counts its total (created month, merged duplicates left out); months without tickets are
     * absent. One aggregate query (per month and channel, from the covering index), for the trend and the year to date.
     */
    public Map<YearMonth, Long> totalsPerMonth(YearMonth from, YearMonth to, Set<Channel> channels) {
        Map<YearMonth, Long> totals = new TreeMap<>();
        channelTotalsPerMonth(from, to).forEach((month, byChannel) -> byChannel.forEach((channel, n) -> {
            if (channels.contains(Channel.valueOf(channel))) {
                totals.merge(month, n, Long::sum);
            }
        }));
        return totals;
    }

    /**
     * The number of tickets per month and channel (by the channel's name) from {@code from} to {@code to}, counted as
     * {@link #figures} counts (created month, merged duplicates left out); months and channels without tickets are
     * absent. One aggregate query from the covering index: the report's trend, year to date and channels' trends.
     */
    public Map<YearMonth, Map<String, Long>> channelTotalsPerMonth(YearMonth from, YearMonth to) {
        Map<YearMonth, Map<String, Long>> totals = new TreeMap<>();
        for (Object[] row : em.createQuery("SELECT t.createdMonth, t.channel, COUNT(t) FROM Ticket t WHERE t.createdMonth "
                        + "BETWEEN :from AND :to AND t.status <> id.djpk.portal.helpdesk.TicketStatus.MERGED "
                        + "GROUP BY t.createdMonth, t.channel", Object[].class)
                .setParameter("from", from.toString()).setParameter("to", to.toString())
                .setHint("eclipselink.jdbc.bind-parameters", "false").getResultList()) { // as in rows(…)
            totals.computeIfAbsent(YearMonth.parse((String) row[0]), m -> new TreeMap<>())
                    .merge(((Channel) row[1]).name(), ((Number) row[2]).longValue(), Long::sum);
        }
        return totals;
    }

    /** The month's tickets per channel (by name) and topic code. */
    public Map<String, Map<String, Long>> topicsPerChannel(YearMonth month) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (Object[] r : rows("SELECT t.channel, p, COUNT(t)" + TOPICS_OF_MONTHS + " GROUP BY t.channel, p",
                List.of(month.toString()))) {
            out.computeIfAbsent(((Channel) r[0]).name(), c -> new TreeMap<>()).merge((String) r[1], n(r[2]), Long::sum);
        }
        return out;
    }

    /**
     * The month's tickets of the given channels with one of {@code topics} (the report: Pengaduan, Keluhan Kebijakan,
     * Keluhan Layanan), per topic and region code (null for a requester whose region is unknown). One aggregate query.
     */
    public Map<String, Map<String, Long>> regionsPerTopic(YearMonth month, Set<String> topics, Set<Channel> channels) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        if (topics.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("SELECT p, t.regionCode, t.channel, COUNT(t)" + TOPICS_OF_MONTHS
                        + " AND p IN :topics GROUP BY p, t.regionCode, t.channel", Object[].class)
                .setParameter("months", List.of(month.toString())).setParameter("topics", topics)
                .getResultList()) {
            if (channels.contains((Channel) r[2])) {
                out.computeIfAbsent((String) r[0], x -> new LinkedHashMap<>()).merge(r[1] == null ? "" : (String) r[1], n(r[3]),
                        Long::sum);
            }
        }
        return out;
    }

    /**
     * The topics of the month's escalated tickets of the given channels: under {@link HoursVerdict#INSIDE} and
     * {@link HoursVerdict#OUTSIDE} those asked inside and outside service hours, under null those whose zone is
     * unknown. One aggregate query; the report names the most asked of all of them and of the out-of-hours ones.
     */
    public Map<HoursVerdict, Map<String, Long>> escalatedTopics(YearMonth month, Set<Channel> channels) {
        Map<HoursVerdict, Map<String, Long>> out = new HashMap<>();
        for (Object[] r : rows("SELECT t.serviceHours, p, t.channel, COUNT(t)" + TOPICS_OF_MONTHS
                + " AND t.escalatedAt IS NOT NULL GROUP BY t.serviceHours, p, t.channel", List.of(month.toString()))) {
            if (channels.contains((Channel) r[2])) {
                out.computeIfAbsent((HoursVerdict) r[0], x -> new TreeMap<>()).merge((String) r[1], n(r[3]), Long::sum);
            }
        }
        return out;
    }

    /** Knowledge-base entries needing review, per topic. */
    public Map<String, Long> needingReview() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : em.createNamedQuery("KnowledgeArticle.needingReview", Object[].class).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
