package id.djpk.portal.system;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates, times, numbers and file sizes the way a reader of the portal's two languages writes them, the one
 * formatter both web applications and the report use. Indonesian (the default for any language but English):
 * "3 Desember 2026", "09.30 WIB", "1.234,5", "42,3%", "1,2 MB"; English: "3 December 2026", "09:30 WIB",
 * "1,234.5", "42.3%", "1.2 MB". Instants are shown in the office's zone. Rounding is half up everywhere, as the
 * report rounds. Immutable and thread-safe: number formats are made per call.
 */
public final class Formatter {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private static final String[] SIZE_UNITS = {"KB", "MB", "GB", "TB"};

    private final boolean english;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter month;
    private final DateTimeFormatter clock;
    private final DateTimeFormatter time;

    private Formatter(boolean english, ZoneId zone) {
        this.english = english;
        this.locale = english ? ENGLISH : INDONESIAN;
        this.zone = zone;
        this.date = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        this.shortDate = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM uuuu", locale);
        // Indonesian writes hours and minutes with a dot (PUEBI); the zone name ("WIB") comes from the locale data
        this.clock = DateTimeFormatter.ofPattern(english ? "HH:mm" : "HH.mm", locale);
        this.time = DateTimeFormatter.ofPattern(english ? "HH:mm z" : "HH.mm z", locale).withZone(zone);
    }

    /** English for any English locale, Indonesian for everything else (including none); instants in {@code zone}. */
    public static Formatter of(Locale locale, ZoneId zone) {
        return new Formatter(isEnglish(locale), zone == null ? OfficeClock.DEFAULT_ZONE : zone);
    }

    /** In the office's default zone, for code outside the container (unit tests, command-line tools). */
    public static Formatter of(Locale locale) {
        return of(locale, OfficeClock.DEFAULT_ZONE);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "3 Desember 2026" */
    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** The office day of an instant: "3 Desember 2026". */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant.atZone(zone));
    }

    /** "Kamis", "Thursday" */
    public String weekday(LocalDate day) {
        return day == null ? "" : day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    /** "Kamis, 3 Desember 2026" */
    public String dayAndDate(LocalDate day) {
        return day == null ? "" : weekday(day) + ", " + date(day);
    }

    /** "Desember 2026" */
    public String month(YearMonth m) {
        return m == null ? "" : month.format(m);
    }

    /** A wall-clock time: "08.00", "08:00". */
    public String time(LocalTime t) {
        return t == null ? "" : clock.format(t);
    }

    /** The office time of an instant with its zone: "09.30 WIB", "09:30 WIB". */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    /** "3 Desember 2026, 09.30 WIB" */
    public String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + ", " + time(instant);
    }

    /** For tables: "3 Des 2026, 09.30 WIB". */
    public String shortDateTime(Instant instant) {
        return instant == null ? "" : shortDate.format(instant.atZone(zone)) + ", " + time(instant);
    }

    /** ISO date for {@code <time datetime>} and APIs. */
    public static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** For {@code <time datetime>}: whole seconds, as HTML allows at most milliseconds. */
    public static String isoInstant(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A count: "1.271", "1,271". */
    public String number(long n) {
        return format("#,##0", n);
    }

    /** Exactly {@code fractionDigits} decimals: decimal(3.14159, 2) → "3,14". */
    public String decimal(double value, int fractionDigits) {
        DecimalFormat f = decimalFormat("#,##0");
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(value);
    }

    /** At most one decimal, none when whole: "3,3", "50", "1.234,5". */
    public String upToOneDecimal(double value) {
        // half up on the decimal written (4,35 → 4,4), as the office rounds; DecimalFormat alone rounds the binary 4,3499…
        DecimalFormat f = decimalFormat("#,##0.#");
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(java.math.BigDecimal.valueOf(value));
    }

    /** A ratio as a percentage with one decimal: 0.423 → "42,3%". */
    public String percent(double ratio) {
        return decimal(ratio * 100, 1) + "%";
    }

    /** Binary multiples with at most one decimal: 1_258_291 → "1,2 MB"; below 1 KB as "532 B". */
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
        return upToOneDecimal(value) + " " + SIZE_UNITS[unit];
    }

    private String format(String pattern, double value) {
        return decimalFormat(pattern).format(value);
    }

    private String format(String pattern, long value) {
        return decimalFormat(pattern).format(value);
    }

    private DecimalFormat decimalFormat(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(english ? Locale.US : INDONESIAN));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
