package id.djpk.portal.helpdesk;

import java.io.Serializable;

/**
 * What the agents' table asks for: a queue, optional filters, a page and the sort. Text finds the tickets in whose
 * number, subject, requester name or institution a word begins with each term typed ({@link TicketWords}).
 */
public record TicketQuery(Queue queue, String agent, TicketStatus status, Channel channel, UserCategory category,
        String topic, String unit, String text, String sortField, boolean ascending, int first, int max)
        implements Serializable {

    /**
     * The agents' queues, and a unit's own for Layer 2. Every queue but SPAM leaves out the tickets of topic
     * {@code SPAM} (mail the server flagged); SPAM shows only those. OPEN is every ticket not closed or merged.
     */
    public enum Queue { UNASSIGNED, MINE, WAITING_L2, CALLBACK_OVERDUE, OPEN, ALL, UNIT, SPAM }

    /** The topic that keeps a ticket out of every queue but {@link Queue#SPAM}. */
    public static final String SPAM_TOPIC = "SPAM";

    public static TicketQuery of(Queue queue, String agent, int first, int max) {
        return new TicketQuery(queue, agent, null, null, null, null, null, null, null, false, first, max);
    }

    /** Whether a filter narrows the queue (status, channel, category, topic, unit or text). */
    public boolean filtered() {
        return status != null || channel != null || category != null || (topic != null && !topic.isBlank())
                || unit != null || (text != null && !text.isBlank());
    }

    /**
     * The status, channel or category asked when it is the queue's only filter (no topic, unit nor text), else null:
     * a filter whose count the index of its column can give as the queue less the other values.
     */
    public Enum<?> soleValueFilter() {
        if ((topic != null && !topic.isBlank()) || unit != null || (text != null && !text.isBlank())) {
            return null;
        }
        int asked = (status != null ? 1 : 0) + (channel != null ? 1 : 0) + (category != null ? 1 : 0);
        return asked != 1 ? null : status != null ? status : channel != null ? channel : category;
    }

    public static TicketQuery unit(String unit, int first, int max) {
        return new TicketQuery(Queue.UNIT, null, null, null, null, null, unit, null, null, false, first, max);
    }
}
