package id.djpk.portal.lapor;

import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers, written as regions and units write it: {@code 2024-05} (a month), {@code 2024-Q2}
 * (a quarter), {@code 2024-S1} (a semester), {@code 2024} (a year, or the year of a one-off report). {@code index}
 * counts from 1 within the year (month, quarter, semester; 1 for a year).
 */
public record Period(PeriodKind kind, int year, int index) implements Serializable, Comparable<Period> {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?(?:Q|TW)(\\d)");
    private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-?(?:S|SMT)(\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        Objects.requireNonNull(kind, "kind");
        if (year < MIN_YEAR || year > MAX_YEAR || index < 1 || index > kind.perYear()) {
            throw new IllegalArgumentException("no period " + index + " of " + year + " for " + kind);
        }
    }

    /**
     * The period as written for a report type of {@code kind}: case and surrounding spaces do not matter, a month may
     * have one digit ({@code 2024-5}). A period of another kind (a quarter for a monthly report) or a malformed one
     * is refused with a message naming how this kind is written; the field is {@code period}.
     */
    public static Period parse(PeriodKind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw invalid("lapor.periodRequired", kind.example());
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        Matcher m = pattern(kind).matcher(t);
        if (!m.matches()) {
            PeriodKind written = writtenAs(t);
            throw written != null && written != kind && !(written == PeriodKind.YEARLY && kind == PeriodKind.ONCE)
                    ? invalid("lapor.periodKind", text.strip(), kind.example())
                    : invalid("lapor.periodFormat", text.strip(), kind.example());
        }
        int year = Integer.parseInt(m.group(1));
        int index = m.groupCount() > 1 ? Integer.parseInt(m.group(2)) : 1;
        if (year < MIN_YEAR || year > MAX_YEAR || index < 1 || index > kind.perYear()) {
            throw invalid("lapor.periodFormat", text.strip(), kind.example());
        }
        return new Period(kind, year, index);
    }

    /** The first day of the period. */
    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    /** The month the period ends in. */
    public YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    private YearMonth firstMonth() {
        return YearMonth.of(year, (index - 1) * kind.months() + 1);
    }

    /** The canonical written form: {@code 2024-05}, {@code 2024-Q2}, {@code 2024-S1}, {@code 2024}. */
    public String format() {
        return switch (kind) {
            case MONTHLY -> String.format(Locale.ROOT, "%d-%02d", year, index);
            case QUARTERLY -> year + "-Q" + index;
            case SEMESTER -> year + "-S" + index;
            case YEARLY, ONCE -> Integer.toString(year);
        };
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : end().compareTo(o.end());
    }

    private static Pattern pattern(PeriodKind kind) {
        return switch (kind) {
            case MONTHLY -> MONTH;
            case QUARTERLY -> QUARTER;
            case SEMESTER -> SEMESTER;
            case YEARLY, ONCE -> YEAR;
        };
    }

    /** The kind whose form the text has, or null when it has none. */
    private static PeriodKind writtenAs(String t) {
        for (PeriodKind k : List.of(PeriodKind.MONTHLY, PeriodKind.QUARTERLY, PeriodKind.SEMESTER, PeriodKind.YEARLY)) {
            if (pattern(k).matcher(t).matches()) {
                return k;
            }
        }
        return null;
    }

    private static InvalidInputException invalid(String key, Object... arguments) {
        return new InvalidInputException(List.of(Violation.of("period", key, arguments)));
    }
}
