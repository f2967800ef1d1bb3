package id.djpk.portal.helpdesk;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Finding tickets: one by its number, the queues with their filters (a page and its count), and the timelines
 * of a contact and of a region. Reads only; the web layer restricts each queue to its roles.
 */
@Stateless
public class TicketQueues {

    /** The statuses of a ticket still being worked on (the queues "mine" and "open"): found in the status index. */
    private static final List<TicketStatus> ACTIVE = Arrays.stream(TicketStatus.values()).filter(s -> !s.isDone()).toList();
    /** Up to how many words of the index a search term may begin for its tickets to be fetched by id. */
    static final int FEW_MATCHES = 2000;
    /** Up to how many words of the index a common term may begin for its tickets to be counted by id. */
    static final int COUNTED_MATCHES = 20_000;
    /** Up to how many rows into queue "open" a page is merged from its statuses' own orders ({@link #openMerged}). */
    static final int MERGED_DEPTH = 2_000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private OfficeClock clock;

    @Inject
    private FilterShares shares;

    public Optional<Ticket> find(String number) {
        String n = TicketNumber.normalize(number);
        if (n == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Ticket.byNumber", Ticket.class).setParameter("number", n).getResultStream().findFirst();
    }

    public Ticket get(String number) {
        return find(number).orElseThrow(() -> new BusinessException("helpdesk.notFound"));
    }

    /** One page of a queue with the filters, and the number of tickets it holds. */
    public TicketPage search(TicketQuery q) {
        TextMatch text = textMatch(q);
        long total = count(q, text);
        return new TicketPage(page(q, text, total), total);
    }

    /**
     * How many tickets the queue holds with the filters. Queue "all" without a filter is the table's count less the spam
     * (two index reads instead of a pass over every ticket); queue "all" filtered to one status, channel or category
     * that most tickets hold is that count less the tickets of the other values ({@link FilterShares}).
     */
    public long count(TicketQuery q) {
        return count(q, textMatch(q));
    }

    private long count(TicketQuery q, TextMatch text) {
        boolean all = q.queue() == null || q.queue() == TicketQuery.Queue.ALL;
        if (all && !q.filtered()) {
            return notSpam();
        }
        Enum<?> sole = q.soleValueFilter();
        if (all && sole != null) {
            return countValue(sole, false, () -> countWhere(q, text));
        }
        if (text.none()) {
            return 0;
        }
        if (text.ids() == null && !text.patterns().isEmpty()) {
            // every term common: the tickets of one term (the longest, likely the rarest) read from the index, when
            // at most COUNTED_MATCHES, and counted a few thousand ids at a time with the filters and the other terms;
            // a lookup for every ticket of the queue only for a term found in most tickets. (Not a join nor an
            // IN (SELECT …) of the index: H2 2.2 joined the tickets first, and its IN (SELECT …) grew with the square
            // of the ids, 6 s for 4.562 at a million tickets.)
            String driver = text.patterns().stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            List<Long> ids = ticketsOf(driver, COUNTED_MATCHES + 1);
            if (ids.size() <= COUNTED_MATCHES) {
                List<Long> distinct = ids.stream().distinct().toList();
                List<String> others = text.patterns().stream().filter(x -> !x.equals(driver)).toList();
                long n = 0;
                for (int from = 0; from < distinct.size(); from += FEW_MATCHES) {
                    n += countWhere(q, new TextMatch(others, distinct.subList(from, Math.min(distinct.size(), from + FEW_MATCHES))));
                }
                return n;
            }
        }
        return countWhere(q, text);
    }

    /**
     * Queue "all" with one status, channel or category: a value most tickets hold (754.007 of the benchmark's million
     * tickets are of category "Pemda", 870.010 closed) is counted as the queue less the tickets of every other value,
     * which the column's index holds as short ranges, where counting the value itself reads nearly every entry (issue
     * #19). Which side is the smaller is learnt from the last count of the value; until the first, the closed tickets,
     * most of any help desk's history, are taken as the larger side and every other value as the smaller. The
     * tickets of the value ({@code spam} included or not) are counted as the rest taken off or by {@code direct}.
     */
    private long countValue(Enum<?> value, boolean spam, LongSupplier direct) {
        long all = spam ? countAll() : notSpam();
        long n = shares.mostOf(value, value == TicketStatus.CLOSED) ? all - countOtherValues(value, spam) : direct.getAsLong();
        shares.counted(value, n, all);
        return n;
    }

    /** The tickets whose status, channel or category is not {@code value} (those without a category too). */
    private long countOtherValues(Enum<?> value, boolean spam) {
        String column = value instanceof TicketStatus ? "status" : value instanceof Channel ? "channel" : "category";
        String notSpam = spam ? "" : " AND t.spam <> TRUE";
        List<Enum<?>> others = Arrays.stream(value.getDeclaringClass().getEnumConstants())
                .filter(v -> v != value).<Enum<?>>map(v -> v).toList();
        long n = others.isEmpty() ? 0 : em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t." + column
                + " IN :others" + notSpam, Long.class).setParameter("others", others).getSingleResult();
        if (value instanceof UserCategory) {
            n += em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.category IS NULL" + notSpam, Long.class)
                    .getSingleResult();
        }
        return n;
    }

    /** Every ticket but the spam: the table's count less the spam's (two index reads). */
    private long notSpam() {
        long all = countAll();
        long spam = em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.spam = TRUE", Long.class).getSingleResult();
        return all - spam;
    }

    /** Every ticket, the spam too. */
    private long countAll() {
        return em.createQuery("SELECT COUNT(t) FROM Ticket t", Long.class).getSingleResult();
    }

    private long countWhere(TicketQuery q, TextMatch text) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Ticket> root = count.from(Ticket.class);
        count.select(cb.count(root)).where(where(cb, count, root, q, text));
        return em.createQuery(count).getSingleResult();
    }

    /**
     * One page of the queue, sorted by a whitelisted field, newest first by default (oldest first in "callback
     * overdue"). The ids of the page first, from an index (V45), then those tickets: the database skips the rows
     * before the page in the index, not in the table.
     */
    public List<Ticket> page(TicketQuery q) {
        return page(q, -1);
    }

    /**
     * The same page, when the caller knows how many tickets the queue holds with these filters ({@link #count}; -1 when
     * not): a page past the middle is then read from the end, in the reverse order, so that the database skips the rows
     * after it instead of the many more before it (issue #19: the last of a million tickets skips 25, not 999.975).
     * The rows are the same while the count is true; if tickets came or went since it was taken, the page is off by
     * as many rows, as a page counted from the start is when tickets come before it.
     */
    public List<Ticket> page(TicketQuery q, long total) {
        return page(q, textMatch(q), total);
    }

    private List<Ticket> page(TicketQuery q, TextMatch text, long total) {
        if (text.none()) {
            return List.of();
        }
        int first = Math.max(0, q.first());
        int max = Math.max(1, Math.min(q.max(), 200));
        long after = total - first - max;
        boolean fromTheEnd = first < total && after < first && readableFromTheEnd(q);
        int skip = (int) (fromTheEnd ? Math.max(0, after) : first);
        int rows = (int) (fromTheEnd ? Math.min(max, max + after) : max);
        List<Long> ids;
        if (newestOpen(q) && skip + rows <= MERGED_DEPTH) {
            ids = new ArrayList<>(openMerged(fromTheEnd, skip, rows));
        } else {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> select = cb.createQuery(Long.class);
            Root<Ticket> root = select.from(Ticket.class);
            select.select(root.<Long>get("id")).where(where(cb, select, root, q, text)).orderBy(order(cb, root, q, fromTheEnd));
            ids = new ArrayList<>(em.createQuery(select).setFirstResult(skip).setMaxResults(rows).getResultList());
        }
        if (fromTheEnd) {
            Collections.reverse(ids);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Ticket> byId = new HashMap<>();
        em.createQuery("SELECT t FROM Ticket t WHERE t.id IN :ids", Ticket.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "t.topics").setHint("eclipselink.batch.type", "IN")
                .getResultStream().forEach(t -> byId.put(t.getId(), t));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Queue "open" without filters in its default order, newest first: the tickets of several statuses. */
    private static boolean newestOpen(TicketQuery q) {
        return q.queue() == TicketQuery.Queue.OPEN && !q.filtered() && "createdAt".equals(sortField(q)) && !ascending(q);
    }

    /**
     * A page of queue "open" newest first (oldest first when read from the end), {@code skip} rows in: the first
     * {@code skip + max} of each status still being worked on, each read in that order from the status index (V45,
     * V47), merged. The database would otherwise gather every open ticket (96.670 of the benchmark's million) and
     * sort them for the page (issue #19); beyond {@link #MERGED_DEPTH} rows in, it does.
     */
    private List<Long> openMerged(boolean oldestFirst, int skip, int max) {
        String direction = oldestFirst ? "ASC" : "DESC";
        List<Object[]> rows = new ArrayList<>();
        for (TicketStatus status : ACTIVE) {
            rows.addAll(em.createQuery("SELECT t.id, t.createdAt FROM Ticket t WHERE t.status = :status AND t.spam <> TRUE"
                    + " ORDER BY t.createdAt " + direction + ", t.id " + direction, Object[].class)
                    .setParameter("status", status).setMaxResults(skip + max).getResultList());
        }
        Comparator<Object[]> order = Comparator.comparing((Object[] r) -> (Instant) r[1]).thenComparing(r -> (Long) r[0]);
        rows.sort(oldestFirst ? order : order.reversed());
        return rows.stream().skip(skip).limit(max).map(r -> (Long) r[0]).toList();
    }

    /**
     * The page's order: the sorted column, then the newest first among equal values; sorted the other way, the same
     * list reversed (among equal values the oldest first), so that each direction's index read backwards is the other's
     * (V47) and a page past the middle can be read from the end ({@link #page(TicketQuery, long)}). Sorted newest first
     * (the default), a column that the queue or a filter fixes to one value comes first: the order is the same, and
     * the database (H2) then reads that filter's index in the page's order instead of sorting every ticket it holds
     * (V45).
     */
    private static List<Order> order(CriteriaBuilder cb, Root<Ticket> t, TicketQuery q, boolean reversed) {
        return sortKeys(q).stream()
                .map(k -> k.ascending() != reversed ? cb.asc(t.get(k.attribute())) : cb.desc(t.get(k.attribute()))).toList();
    }

    /** One column of the page's order and its direction. */
    private record SortKey(String attribute, boolean ascending) {
    }

    private static List<SortKey> sortKeys(TicketQuery q) {
        String field = sortField(q);
        boolean ascending = ascending(q);
        List<SortKey> order = new ArrayList<>();
        if ("createdAt".equals(field)) {
            if (ascending) {
                return List.of(new SortKey("createdAt", true), new SortKey("id", true));
            }
            leadingColumn(q).ifPresent(column -> order.add(new SortKey(column, true)));
        } else {
            order.add(new SortKey(field, ascending));
            if ("number".equals(field)) {
                return order;
            }
            if (!ascending) {
                order.add(new SortKey("createdAt", true));
                order.add(new SortKey("id", true));
                return order;
            }
        }
        order.add(new SortKey("createdAt", false));
        order.add(new SortKey("id", false));
        return order;
    }

    /** Newest first by default (oldest first in "callback overdue"), else as the table asks. */
    private static boolean ascending(TicketQuery q) {
        return q.sortField() == null ? q.queue() == TicketQuery.Queue.CALLBACK_OVERDUE : q.ascending();
    }

    private static String sortField(TicketQuery q) {
        return switch (q.sortField() == null ? "" : q.sortField()) {
            case "number", "status", "channel", "requesterName", "callbackDue", "subject", "agent" -> q.sortField();
            default -> "createdAt";
        };
    }

    /**
     * Whether an index holds the page's order reversed (V45, V47), so that reading the page from the end skips index
     * entries as reading it from the start does. Not for the channel and callback columns, nor for the newest-first
     * order led by the channel, the category or the spam flag: those have an index in one direction only, and the
     * reversed query would sort every ticket of the queue.
     */
    private static boolean readableFromTheEnd(TicketQuery q) {
        return switch (sortField(q)) {
            case "number", "status", "requesterName", "subject", "agent" -> true;
            case "createdAt" -> ascending(q) || leadingColumn(q).map(c -> c.equals("status") || c.equals("agent")).orElse(true);
            default -> false;
        };
    }

    /** The column that the queue or a filter fixes to one value and that leads an index in creation order (V45). */
    private static Optional<String> leadingColumn(TicketQuery q) {
        TicketQuery.Queue queue = q.queue() == null ? TicketQuery.Queue.ALL : q.queue();
        if (q.status() != null || queue == TicketQuery.Queue.WAITING_L2) {
            return Optional.of("status");
        }
        if (queue == TicketQuery.Queue.MINE || queue == TicketQuery.Queue.UNASSIGNED) {
            return Optional.of("agent");
        }
        if (q.channel() != null) {
            return Optional.of("channel");
        }
        if (q.category() != null) {
            return Optional.of("category");
        }
        if (queue == TicketQuery.Queue.SPAM) {
            return Optional.of("spam");
        }
        return Optional.empty();
    }

    /** How many tickets each of the queues holds for the agent, without filters: the counters above the queue table. */
    public Map<TicketQuery.Queue, Long> counts(String agent, Collection<TicketQuery.Queue> which) {
        Map<TicketQuery.Queue, Long> counts = new EnumMap<>(TicketQuery.Queue.class);
        for (TicketQuery.Queue q : which) {
            counts.put(q, count(TicketQuery.of(q, agent, 0, 1)));
        }
        return counts;
    }

    /**
     * The ticket after {@code current} in the queue as the table sorts it by default (the agent's "next ticket"); the
     * queue's first other ticket when {@code current} is not (or no longer) in it; empty when the queue holds no other.
     */
    /**
     * The agent's next ticket after {@code current}: in the queue they came from ({@code from}); without one, in their
     * own queue and then in the unassigned one. Empty when there is none.
     */
    public Optional<String> nextFor(String agent, TicketQuery.Queue from, String current) {
        if (from != null) {
            return next(TicketQuery.of(from, agent, 0, 200), current);
        }
        return next(TicketQuery.of(TicketQuery.Queue.MINE, agent, 0, 200), current)
                .or(() -> next(TicketQuery.of(TicketQuery.Queue.UNASSIGNED, agent, 0, 200), current));
    }

    public Optional<String> next(TicketQuery q, String current) {
        List<String> numbers = page(new TicketQuery(q.queue(), q.agent(), q.status(), q.channel(), q.category(), q.topic(),
                q.unit(), q.text(), null, false, 0, 200)).stream().map(Ticket::getNumber).toList();
        int at = numbers.indexOf(current);
        if (at >= 0 && at + 1 < numbers.size()) {
            return Optional.of(numbers.get(at + 1));
        }
        return numbers.stream().filter(n -> !n.equals(current)).findFirst();
    }

    /**
     * What the search field asks for, found in the word index (V46, {@link TicketWords}): a ticket matches when each
     * term begins one of its words. Each term's index entries are read, up to {@value #FEW_MATCHES}; the
     * tickets of the rarest term, when that few, are fetched by id and the query reads only those rows; the other
     * terms, or every term when each is common, are a lookup per ticket that the query reads in its sort order (a
     * common term is met again within a few rows).
     */
    private TextMatch textMatch(TicketQuery q) {
        List<String> patterns = TicketWords.terms(q.text()).stream().map(TicketWords::prefixPattern).toList();
        if (patterns.isEmpty()) {
            return TextMatch.ANY;
        }
        List<Long> fewest = null;
        String rarest = null;
        for (String pattern : patterns) {
            List<Long> ids = ticketsOf(pattern, FEW_MATCHES + 1);
            if (ids.isEmpty()) {
                return new TextMatch(List.of(), List.of());
            }
            if (ids.size() <= FEW_MATCHES && (fewest == null || ids.size() < fewest.size())) {
                fewest = ids;
                rarest = pattern;
            }
        }
        if (fewest == null) {
            return new TextMatch(patterns, null);
        }
        String found = rarest;
        return new TextMatch(patterns.stream().filter(p -> !p.equals(found)).toList(), fewest.stream().distinct().toList());
    }

    /** The tickets (with repeats) of the first {@code limit} index entries a pattern matches. */
    private List<Long> ticketsOf(String pattern, int limit) {
        return em.createNamedQuery("TicketWord.ticketsOf", Long.class).setParameter("pattern", pattern)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The search's narrowing: the ids the rarest term's words belong to (null: not narrowed by id), and the patterns
     * left to look up per ticket.
     */
    private record TextMatch(List<String> patterns, List<Long> ids) {
        static final TextMatch ANY = new TextMatch(List.of(), null);

        /** Whether no ticket can match (a term that begins no word at all). */
        boolean none() {
            return ids != null && ids.isEmpty();
        }
    }

    private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Ticket> t, TicketQuery q, TextMatch text) {
        List<Predicate> p = new ArrayList<>();
        switch (q.queue() == null ? TicketQuery.Queue.ALL : q.queue()) {
            case UNASSIGNED -> {
                p.add(cb.isNull(t.get("agent")));
                p.add(t.get("status").in(TicketStatus.NEW, TicketStatus.OPEN));
            }
            case MINE -> {
                p.add(cb.equal(t.get("agent"), q.agent()));
                p.add(t.get("status").in(ACTIVE));
            }
            case WAITING_L2 -> p.add(cb.equal(t.get("status"), TicketStatus.WAITING_L2));
            case CALLBACK_OVERDUE -> {
                p.add(cb.equal(t.get("status"), TicketStatus.WAITING_L2));
                p.add(cb.lessThan(t.get("callbackDue"), clock.today()));
            }
            case UNIT -> {
                p.add(cb.equal(t.get("l2Unit"), q.unit() == null ? "" : q.unit()));
                p.add(cb.isNotNull(t.get("escalatedAt")));
            }
            case OPEN -> p.add(t.get("status").in(ACTIVE));
            case ALL -> {
                // no restriction
            }
            case SPAM -> p.add(cb.equal(t.get("spam"), true));
        }
        if (q.queue() != TicketQuery.Queue.SPAM) {
            // "<>", not "= FALSE": on H2 an equality would make the spam index compete with the sort's index, while
            // every index of the queue ends with spam and answers this from the index entry (V45)
            p.add(cb.notEqual(t.get("spam"), true));
        }
        if (q.status() != null) {
            p.add(cb.equal(t.get("status"), q.status()));
        }
        if (q.channel() != null) {
            p.add(cb.equal(t.get("channel"), q.channel()));
        }
        if (q.category() != null) {
            p.add(cb.equal(t.get("category"), q.category()));
        }
        if (q.topic() != null && !q.topic().isBlank()) {
            p.add(cb.isMember(q.topic(), t.get("topics")));
        }
        if (q.unit() != null && q.queue() != TicketQuery.Queue.UNIT) {
            p.add(cb.equal(t.get("l2Unit"), q.unit()));
        }
        if (text.ids() != null) {
            p.add(t.get("id").in(text.ids()));
        }
        for (String pattern : text.patterns()) {
            Subquery<Long> word = query.subquery(Long.class);
            Root<TicketWord> w = word.from(TicketWord.class);
            p.add(cb.exists(word.select(w.<Long>get("ticketId"))
                    .where(cb.equal(w.get("ticketId"), t.get("id")), cb.like(w.get("word"), pattern))));
        }
        return p.toArray(new Predicate[0]);
    }

    /** The contact's tickets, newest first (later also their PPID requests and visits). */
    public List<Ticket> contactHistory(long contactId) {
        Contact c = em.find(Contact.class, contactId);
        return c == null ? List.of() : em.createNamedQuery("Ticket.ofContact", Ticket.class).setParameter("contact", c)
                .setHint("eclipselink.batch", "t.topics").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(100).getResultList();
    }

    /** A region's tickets, newest first. */
    public List<Ticket> regionHistory(String regionCode) {
        return em.createNamedQuery("Ticket.ofRegion", Ticket.class).setParameter("region", regionCode)
                .setHint("eclipselink.batch", "t.topics").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(100).getResultList();
    }

    /**
     * The staff API's list ({@code GET /portal/api/tickets}): tickets of every queue, newest first, optionally of one
     * channel and status; {@code text} is looked for in the number, the subject, every message of the thread (notes
     * included: the API is for staff) and the requester's name, e-mail address and phone number.
     */
    public TicketPage apiSearch(Channel channel, TicketStatus status, String text, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        LongSupplier direct = () -> {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<Ticket> counted = count.from(Ticket.class);
            count.select(cb.count(counted)).where(apiWhere(cb, count, counted, channel, status, text));
            return em.createQuery(count).getSingleResult();
        };
        // one channel or status alone, as the queue counts it: the whole table less the other values when they are fewer
        boolean sole = (text == null || text.isBlank()) && (channel == null) != (status == null);
        long total = sole ? countValue(channel != null ? channel : status, true, direct) : direct.getAsLong();
        CriteriaQuery<Ticket> select = cb.createQuery(Ticket.class);
        Root<Ticket> t = select.from(Ticket.class);
        select.select(t).where(apiWhere(cb, select, t, channel, status, text))
                .orderBy(cb.desc(t.get("createdAt")), cb.desc(t.get("id")));
        TypedQuery<Ticket> query = em.createQuery(select).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)));
        query.setHint("eclipselink.batch", "t.topics");
        query.setHint("eclipselink.batch.type", "IN");
        return new TicketPage(query.getResultList(), total);
    }

    private static Predicate[] apiWhere(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Ticket> t, Channel channel,
            TicketStatus status, String text) {
        List<Predicate> p = new ArrayList<>();
        if (channel != null) {
            p.add(cb.equal(t.get("channel"), channel));
        }
        if (status != null) {
            p.add(cb.equal(t.get("status"), status));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            Subquery<Long> inThread = query.subquery(Long.class);
            Root<TicketMessage> m = inThread.from(TicketMessage.class);
            inThread.select(m.get("id")).where(cb.equal(m.get("ticket"), t), cb.like(cb.lower(m.get("body")), like));
            p.add(cb.or(cb.like(cb.lower(t.get("number")), like), cb.like(cb.lower(t.get("subject")), like),
                    cb.like(cb.lower(t.get("requesterName")), like), cb.like(cb.lower(t.get("requesterEmail")), like),
                    cb.like(cb.lower(t.get("requesterPhone")), like), cb.exists(inThread)));
        }
        return p.toArray(new Predicate[0]);
    }
}
