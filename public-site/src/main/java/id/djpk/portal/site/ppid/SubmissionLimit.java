package id.djpk.portal.site.ppid;

import id.djpk.portal.system.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #MAX_PER_HOUR} requests an hour from one address, counted in memory on this instance.
 * Enough for a family or an office behind one address, too few for a script filling the PPID's queue; a
 * restart forgets the counts, which only errs on the requester's side.
 */
@ApplicationScoped
public class SubmissionLimit {

    static final int MAX_PER_HOUR = 5;
    private static final Duration WINDOW = Duration.ofHours(1);
    // addresses seen are forgotten once their hour has passed; this bounds the map between clean-ups
    private static final int CLEAN_UP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** Behind a reverse proxy the sender is found as {@link id.djpk.portal.system.ClientAddress} says. */
    @Inject
    PortalConfig config;

    /** Counts one submission from the request's sender; false when the hour's allowance is used up. */
    public boolean tryAcquire(HttpServletRequest request) {
        return tryAcquire(config.clientAddress().counted(request), Instant.now());
    }

    /**
     * Whether the sender may submit now, without counting: for forms whose submissions count only once accepted
     * ({@link #count}), so that requests refused by a rule do not use up the allowance.
     */
    public boolean hasRoom(HttpServletRequest request) {
        return hasRoom(config.clientAddress().counted(request), Instant.now());
    }

    /** Counts one accepted submission (after {@link #hasRoom}); two at once may both pass, by one at most each. */
    public void count(HttpServletRequest request) {
        count(config.clientAddress().counted(request), Instant.now());
    }

    boolean hasRoom(String address, Instant now) {
        Deque<Instant> times = recent.get(address == null ? "" : address);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            return times.stream().filter(t -> !t.isBefore(now.minus(WINDOW))).count() < MAX_PER_HOUR;
        }
    }

    void count(String address, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            times.addLast(now);
        }
    }

    boolean tryAcquire(String address, Instant now) {
        Instant since = now.minus(WINDOW);
        if (recent.size() > CLEAN_UP_ABOVE) {
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    Instant last = e.getValue().peekLast();
                    return last == null || last.isBefore(since);
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            if (times.size() >= MAX_PER_HOUR) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
