package id.djpk.portal.site.web;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.RateCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How often one address may do one thing on the public site, counted per series in the database
 * ({@link RateCounts}), so that every public-site instance counts alike and a restart forgets nothing.
 * <ul>
 *   <li>At most {@value #MAX_PER_HOUR} accepted submissions an hour, counted apart per series (PPID requests, visit
 *   bookings, tickets: a regional office that books a visit still has its PPID allowance). Enough for a family or an
 *   office behind one address, too few for a script filling a queue. Only accepted submissions count
 *   ({@link #hasRoom} before, {@link #count} once accepted): a person correcting a refused form does not use up the
 *   allowance; two submissions at the same moment may both pass, by one at most each.</li>
 *   <li>The other public requests that make the portal write, send or search ({@link AllowanceFilter}): every
 *   request counts ({@link #take}).</li>
 * </ul>
 * The windows are fixed (an hour's start on the hour), see {@link RateCounts}.
 */
@ApplicationScoped
public class SubmissionLimit {

    public static final int MAX_PER_HOUR = 5;

    /** Series of {@link AllowanceFilter}, each with its allowance in {@link #ALLOWANCES}. */
    public static final String OBJECTION = "objection";
    public static final String REPLY = "ticket-reply";
    public static final String SURVEY = "survey";
    public static final String LETTER_CHECK = "letter-check";
    public static final String SEARCH = "search";
    /** Email Lapor reports and corrections: a regional office sends several types and periods in a row. */
    public static final String LAPOR = "lapor";

    /** At most {@code max} within each window of {@code window}. */
    public record Allowance(int max, Duration window) {
    }

    private static final Allowance SUBMISSIONS = new Allowance(MAX_PER_HOUR, Duration.ofHours(1));

    /**
     * The allowances of the other series: an objection is rare (one per request), a requester answering agents
     * or filling in surveys writes a few an hour, a reader searching types perhaps a query every few seconds.
     */
    public static final Map<String, Allowance> ALLOWANCES = Map.of(
            OBJECTION, new Allowance(10, Duration.ofHours(1)),
            REPLY, new Allowance(20, Duration.ofHours(1)),
            SURVEY, new Allowance(20, Duration.ofHours(1)),
            LETTER_CHECK, new Allowance(20, Duration.ofHours(1)),
            SEARCH, new Allowance(60, Duration.ofMinutes(1)),
            LAPOR, new Allowance(20, Duration.ofHours(1)));

    /** Behind a reverse proxy the sender is found as {@link id.djpk.portal.system.ClientAddress} says. */
    @Inject
    PortalConfig config;

    @Inject
    RateCounts counts;

    @Inject
    OfficeClock clock;

    /** Whether the request's sender may still submit to {@code series} within the hour, without counting. */
    public boolean hasRoom(String series, HttpServletRequest request) {
        return counts.current(series, address(request), allowance(series).window()).hits() < allowance(series).max();
    }

    /** Counts one accepted submission of the request's sender to {@code series}. */
    public void count(String series, HttpServletRequest request) {
        counts.raise(series, address(request), allowance(series).window());
    }

    /**
     * Counts the request in its series: empty while the allowance holds, else how long the sender must wait
     * (in whole seconds, for {@code Retry-After}); a refused request is not counted (one statement while there is
     * room, {@link RateCounts#take}).
     */
    public Optional<Long> take(String series, HttpServletRequest request) {
        Allowance a = allowance(series);
        RateCounts.Taken t = counts.take(series, address(request), a.window(), a.max());
        return t.counted() ? Optional.empty() : Optional.of(t.window().secondsLeft(clock.now()));
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

    private String address(HttpServletRequest request) {
        String address = config.clientAddress().counted(request);
        return address == null ? "" : address;
    }

    private static Allowance allowance(String series) {
        return ALLOWANCES.getOrDefault(series, SUBMISSIONS);
    }
}
