package id.djpk.portal.site.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates, times, numbers and file sizes as a reader of the given language expects them:
 * "16 Mei 2024", "09.00 WIB", "1.271", "42,3%", "1,2 MB" in Indonesian; "16 May 2024",
 * "09:00 WIB", "1,271", "42.3%", "1.2 MB" in English. Instants are shown in office time (WIB).
 */
public final class Formats {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");
    private static final String[] SIZE_UNITS = {"KB", "MB", "GB", "TB"};

    private static final Formats INDONESIAN = new Formats(Language.ID);
    private static final Formats ENGLISH = new Formats(Language.EN);

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private Formats(Language language) {
        this.locale = language.locale();
        this.date = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        // Indonesian writes hours and minutes with a dot (PUEBI); the zone name comes from the locale data
        this.time = DateTimeFormatter.ofPattern(language == Language.ID ? "HH.mm z" : "HH:mm z", locale)
                .withZone(OFFICE_ZONE);
    }

    public static Formats of(Language language) {
        return language == Language.EN ? ENGLISH : INDONESIAN;
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** The day of the week: "Kamis", "Thursday". */
    public String weekday(LocalDate day) {
        return day == null ? "" : day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, locale);
    }

    /** The office-time calendar day of an instant. */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant.atZone(OFFICE_ZONE).toLocalDate());
    }

    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + ", " + time(instant);
    }

    /** ISO date for {@code <time datetime>} and APIs. */
    public static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** For {@code <time datetime>}: whole seconds, as HTML allows at most milliseconds. */
    public static String isoInstant(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public String number(long n) {
        // NumberFormat is not thread-safe: a fresh one per call, cheap next to rendering a page
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String decimal(double value, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(value);
    }

    /** A ratio as a percentage with one decimal: 0.423 → "42,3%". */
    public String percent(double ratio) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(ratio);
    }

    /** Binary multiples with at most one decimal: 1_258_291 → "1,2 MB"; bytes below 1 KB as "532 B". */
    public String size(long bytes) {
        if (bytes < 1024) {
            return number(Math.max(0, bytes)) + " B";
        }
        double value = bytes / 1024.0;
        int unit = 0;
        // compare the rounded value, so 1023,96 KB reads "1 MB" rather than "1.024 KB"
        while (Math.round(value * 10) >= 10240 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(1);
        return f.format(value) + " " + SIZE_UNITS[unit];
    }
}
