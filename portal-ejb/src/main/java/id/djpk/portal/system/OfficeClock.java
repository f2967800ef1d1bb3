package id.djpk.portal.system;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's clock: what time it is and which day and month it is in the office's zone
 * ({@code portal.office.zone}, Asia/Jakarta). Every capability asks this bean instead of {@code Instant.now()}
 * or {@code ZoneId.of("Asia/Jakarta")}, so that a test can move the whole portal to another day: service tests
 * call {@link #set}, browser tests {@code PUT /portal/api/visits/clock}, which exists only when
 * {@code portal.clock.adjustable=true} (never in production).
 *
 * <p>The clock lives in the memory of one application: a test that moves it moves one WAR of one instance.
 */
@ApplicationScoped
public class OfficeClock {

    /** The office's zone when nothing is configured (the unit tests and command-line tools use it). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    @Inject
    PortalConfig config;

    @Inject
    @ConfigProperty(name = "portal.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private volatile ZoneId zone = DEFAULT_ZONE;

    private volatile Clock clock = Clock.systemUTC();

    /** A clock outside the container: the system clock in {@code zone} (command-line tools, unit tests). */
    public static OfficeClock of(ZoneId zone, Clock clock) {
        OfficeClock c = new OfficeClock();
        c.zone = zone;
        c.clock = clock;
        return c;
    }

    @PostConstruct
    void readZone() {
        if (config != null) {
            try {
                zone = ZoneId.of(config.officeZone().trim());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("portal.office.zone must be a time zone like Asia/Jakarta, not \""
                        + config.officeZone() + "\"", e);
            }
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * This clock as a {@code java.time.Clock}, for the packages below {@code system} that must not import it (the
     * audit trail, which {@code system} itself uses): it reads {@link #now} at every call, so it moves with
     * {@link #set} and {@link #runFrom}.
     */
    @Produces
    Clock officeTime() {
        return new Live(this, zone);
    }

    /** The office clock behind a {@code java.time.Clock}. */
    private static final class Live extends Clock {

        private final OfficeClock office;
        private final ZoneId zone;

        Live(OfficeClock office, ZoneId zone) {
            this.office = office;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Live(office, other);
        }

        @Override
        public Instant instant() {
            return office.now();
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /** Now, on the office's wall clock. */
    public ZonedDateTime officeNow() {
        return now().atZone(zone);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    /** The office day an instant falls on. */
    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The office month an instant falls in. */
    public YearMonth monthOf(Instant at) {
        return YearMonth.from(dayOf(at));
    }

    /** The first instant of an office day. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * A month as people and scripts write it ({@code 2024-05}); blank gives this month. Anything else fails with
     * {@link MonthFormatException}, the one error every page and API reports for a month it cannot read.
     */
    public YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return thisMonth();
        }
        return parseMonth(text);
    }

    /** {@code 2024-05} as a month (surrounding spaces ignored); anything else fails with {@link MonthFormatException}. */
    public static YearMonth parseMonth(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("\\d{4}-\\d{2}")) {
            throw new MonthFormatException(text);
        }
        try {
            return YearMonth.parse(t);
        } catch (DateTimeException e) {
            throw new MonthFormatException(text);
        }
    }

    /** For tests: a fixed or running clock; {@code null} goes back to the system clock. */
    public void set(Clock fixed) {
        clock = fixed == null ? Clock.systemUTC() : fixed;
    }

    /**
     * For tests: from now on the clock runs from {@code at}; {@code null} goes back to the system clock. Refused
     * unless {@code portal.clock.adjustable=true}.
     */
    public void runFrom(Instant at) {
        if (!adjustable) {
            throw new IllegalStateException("the office clock is fixed outside tests");
        }
        clock = at == null ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at));
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** A month that is not written {@code YYYY-MM} (or is no month, like {@code 2024-13}). */
    public static final class MonthFormatException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String text;

        public MonthFormatException(String text) {
            super("month must be written YYYY-MM, e.g. 2024-05, not \"" + text + "\"");
            this.text = text;
        }

        /** What was given. */
        public String text() {
            return text;
        }
    }
}
