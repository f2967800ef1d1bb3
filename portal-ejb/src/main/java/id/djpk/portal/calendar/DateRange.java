package id.djpk.portal.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Consecutive days, both ends included: one stretch of non-working days a deadline skipped. */
public record DateRange(LocalDate first, LocalDate last) implements Serializable {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(last + " is before " + first);
        }
    }

    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }

    /**
     * "9 Mei", "9–12 Mei", "31 Mei–2 Juni", "31 Desember 2024–1 Januari 2025": the month written once
     * when it does not change, the year only when the range crosses into the next one (the sentence
     * around it names the year otherwise).
     */
    public String format(Locale locale) {
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
        if (first.equals(last)) {
            return dayMonth.format(first);
        }
        if (first.getYear() != last.getYear()) {
            DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
            return full.format(first) + "–" + full.format(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return dayMonth.format(first) + "–" + dayMonth.format(last);
        }
        return first.getDayOfMonth() + "–" + dayMonth.format(last);
    }
}
