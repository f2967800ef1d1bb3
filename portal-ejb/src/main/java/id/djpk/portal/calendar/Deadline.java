package id.djpk.portal.calendar;

import id.djpk.portal.system.Messages;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A due date and how it was reached: {@code workingDays} working days counted after {@code from} (the day
 * of receipt, or the old due date when a deadline is extended), and the non-working days skipped on the way.
 * Kept together so that staff and requesters can check the date themselves.
 */
public record Deadline(LocalDate from, int workingDays, LocalDate due, List<DateRange> skipped) implements Serializable {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    public Deadline {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(due, "due");
        skipped = List.copyOf(skipped);
    }

    /**
     * "10 hari kerja sejak 2 Mei 2024 → 20 Mei 2024 (dilewati: 4–5 Mei, 9–12 Mei, 18–19 Mei)", or in English
     * "10 working days from 2 May 2024 → 20 May 2024 (skipped: 4–5 May, 9–12 May, 18–19 May)".
     */
    public String explain(Locale locale) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", l);
        String counted = Messages.text(l, workingDays == 1 ? "calendar.explain.one" : "calendar.explain",
                String.valueOf(workingDays), date.format(from), date.format(due));
        if (skipped.isEmpty()) {
            return counted;
        }
        String ranges = skipped.stream().map(r -> r.format(l)).collect(Collectors.joining(", "));
        return Messages.text(l, "calendar.explain.skipped", counted, ranges);
    }
}
