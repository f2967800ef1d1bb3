package id.djpk.portal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and numbers in the reader's language: "16 Mei 2024", "09.30 WIB", "1.271". */
@Named("fmt")
@RequestScoped
public class Format {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    private LanguageBean language;

    private Locale locale() {
        return language.getLocale();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    /** "Kamis", "Thursday" */
    public String weekday(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE", locale()).format(date);
    }

    /** "Kamis, 2 Mei 2024" */
    public String dayAndDate(LocalDate date) {
        return date == null ? "" : weekday(date) + ", " + date(date);
    }

    /** "08.00", the way times are written on the staff pages in both languages. */
    public String time(java.time.LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH.mm", locale()).format(time);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var t = instant.atZone(WIB);
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(t) + ", "
                + DateTimeFormatter.ofPattern("HH.mm", locale()).format(t) + " WIB";
    }

    public String number(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** One decimal, Indonesian style: "2,5". */
    public String decimal(Number n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(n);
    }

    public String size(long bytes) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return f.format(bytes / 1024.0) + " KB";
        }
        return f.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** "2024-05" → "Mei 2024" */
    public String monthOf(String yearMonth) {
        return month(java.time.YearMonth.parse(yearMonth));
    }

    public String month(java.time.YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(month);
    }

}
