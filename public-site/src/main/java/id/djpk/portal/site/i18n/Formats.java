package id.djpk.portal.site.i18n;

import id.djpk.portal.system.Formatter;
import id.djpk.portal.system.OfficeClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The portal's {@link Formatter} for a reader of the public site's {@link Language}: "16 Mei 2024", "09.00 WIB",
 * "1.271", "42,3%", "1,2 MB" in Indonesian; "16 May 2024", "09:00 WIB", "1,271", "42.3%", "1.2 MB" in English.
 */
public final class Formats {

    private static final Formats INDONESIAN = new Formats(Formatter.of(Language.ID.locale()));
    private static final Formats ENGLISH = new Formats(Formatter.of(Language.EN.locale()));

    private final Formatter formatter;

    private Formats(Formatter formatter) {
        this.formatter = formatter;
    }

    /** In the office's default zone: for numbers and days; whoever shows a time asks {@link #of(Language, ZoneId)}. */
    public static Formats of(Language language) {
        return language == Language.EN ? ENGLISH : INDONESIAN;
    }

    /** Instants in {@code zone} (the office clock's). */
    public static Formats of(Language language, ZoneId zone) {
        return zone.equals(OfficeClock.DEFAULT_ZONE) ? of(language) : new Formats(Formatter.of(language.locale(), zone));
    }

    /** The zone times are shown in (the office's). */
    public ZoneId zone() {
        return formatter.zone();
    }

    public String date(LocalDate day) {
        return formatter.date(day);
    }

    /** The day of the week: "Kamis", "Thursday". */
    public String weekday(LocalDate day) {
        return formatter.weekday(day);
    }

    /** The office-time calendar day of an instant. */
    public String date(Instant instant) {
        return formatter.date(instant);
    }

    public String time(Instant instant) {
        return formatter.time(instant);
    }

    public String dateTime(Instant instant) {
        return formatter.dateTime(instant);
    }

    /** ISO date for {@code <time datetime>} and APIs. */
    public static String iso(LocalDate day) {
        return Formatter.iso(day);
    }

    /** For {@code <time datetime>}: whole seconds, as HTML allows at most milliseconds. */
    public static String isoInstant(Instant instant) {
        return Formatter.isoInstant(instant);
    }

    public String number(long n) {
        return formatter.number(n);
    }

    public String decimal(double value, int fractionDigits) {
        return formatter.decimal(value, fractionDigits);
    }

    /** A ratio as a percentage with one decimal: 0.423 → "42,3%". */
    public String percent(double ratio) {
        return formatter.percent(ratio);
    }

    /** Binary multiples with at most one decimal: 1_258_291 → "1,2 MB"; bytes below 1 KB as "532 B". */
    public String size(long bytes) {
        return formatter.size(bytes);
    }
}
