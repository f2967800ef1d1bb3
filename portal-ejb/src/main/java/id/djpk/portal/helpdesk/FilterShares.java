package id.djpk.portal.helpdesk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The share of the tickets that each value of the status, channel and category filters held when it was last counted
 * (queue "all", or the staff API's list): how {@link TicketQueues} decides to count a value most tickets hold (category
 * "Pemda", channel WhatsApp, status "closed") as all the tickets less those of the other values, which the filter's
 * index keeps as short ranges.
 * Each instance of the portal learns its own from the counts it makes, in its memory only: a share it does not know
 * yet, or one that changed since, costs time, never a wrong count.
 */
@ApplicationScoped
public class FilterShares {

    private final Map<Enum<?>, Double> shares = new ConcurrentHashMap<>();

    /**
     * Whether the value held more than half of the queue when it was last counted here; {@code unknown} when it was
     * not counted since this instance started.
     */
    public boolean mostOf(Enum<?> value, boolean unknown) {
        Double share = shares.get(value);
        return share == null ? unknown : share > 0.5;
    }

    /** Remembers that {@code count} of the {@code queue} tickets hold the value. */
    public void counted(Enum<?> value, long count, long queue) {
        if (queue > 0) {
            shares.put(value, (double) count / queue);
        }
    }
}
