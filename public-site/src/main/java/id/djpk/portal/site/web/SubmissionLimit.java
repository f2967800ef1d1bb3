package id.djpk.portal.site.web;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #MAX_PER_HOUR} accepted submissions an hour from one address, counted apart per series (PPID
 * requests, visit bookings, tickets: a regional office that books a visit still has its PPID allowance). Enough for a
 * family or an office behind one address, too few for a script filling a queue. Only accepted submissions count
 * ({@link #hasRoom} before, {@link #count} once accepted): a person correcting a refused form does not use up the
 * allowance; two submissions at the same moment may both pass, by one at most each.
 * <p>
 * The counts live in this instance's memory: with two public-site instances an address may submit up to the
 * allowance on each, and a restart forgets the counts; both err on the requester's side.
 */
@ApplicationScoped
public class SubmissionLimit {

    public static final int MAX_PER_HOUR = 5;
    private static final Duration WINDOW = Duration.ofHours(1);
    // addresses seen are forgotten once their hour has passed; this bounds the map between clean-ups
    private static final int CLEAN_UP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** Behind a reverse proxy the sender is found as {@link id.djpk.portal.system.ClientAddress} says. */
    @Inject
    PortalConfig config;

    @Inject
    OfficeClock clock;

    /** Whether the request's sender may still submit to {@code series} within the hour, without counting. */
    public boolean hasRoom(String series, HttpServletRequest request) {
        return hasRoom(key(series, request), clock.now());
    }

    /** Counts one accepted submission of the request's sender to {@code series}. */
    public void count(String series, HttpServletRequest request) {
        count(key(series, request), clock.now());
    }

    /** The service call of an intake: accepted, or refused with a reason of its own (a rule of the circular). */
    @FunctionalInterface
    public interface Call<T> {
        Outcome<T> submit() throws IOException;
    }

    /**
     * The steps every intake shares: room in the hour for the sender, the service's answer (its violations beside
     * the fields, another refusal at the top) and the count of an accepted submission. A form that failed its own
     * checks ({@code complete} false) goes to the service without asking for room, so that the service's checks
     * answer every mistake at once, and is never counted.
     */
    public <T> Outcome<T> accept(String series, boolean complete, HttpServletRequest request, Locale locale,
            String tooManyKey, Call<T> call) throws IOException {
        if (complete && !hasRoom(series, request)) {
            return Outcome.refused(Refusal.tooMany(Pages.text(locale, tooManyKey)));
        }
        Outcome<T> outcome;
        try {
            outcome = call.submit();
        } catch (InvalidInputException e) {
            return Outcome.refused(Refusal.invalid(Refusal.messages(e.getViolations(), locale)));
        } catch (BusinessException e) {
            return Outcome.refused(Refusal.refused(Messages.text(locale, e)));
        }
        if (outcome.isAccepted()) {
            count(series, request);
        }
        return outcome;
    }

    private String key(String series, HttpServletRequest request) {
        String address = config.clientAddress().counted(request);
        return series + " " + (address == null ? "" : address);
    }

    boolean hasRoom(String key, Instant now) {
        Deque<Instant> times = recent.get(key);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            return times.stream().filter(t -> !t.isBefore(now.minus(WINDOW))).count() < MAX_PER_HOUR;
        }
    }

    void count(String key, Instant now) {
        Instant since = now.minus(WINDOW);
        if (recent.size() > CLEAN_UP_ABOVE) {
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    Instant last = e.getValue().peekLast();
                    return last == null || last.isBefore(since);
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(key, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            times.addLast(now);
        }
    }
}
