package id.djpk.portal.web.i18n;

import id.djpk.portal.report.Change;
import id.djpk.portal.system.Formatter;
import id.djpk.portal.system.OfficeClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

/** {@link Formatter} in the staff member's language for the views: "16 Mei 2024", "09.30 WIB", "1.271". */
@Named("fmt")
@RequestScoped
public class Format {

    @Inject
    private LanguageBean language;

    @Inject
    private OfficeClock clock;

    private Formatter formatter;
    private boolean english;

    private Formatter formatter() {
        // made once per request, again only if the language is switched during it
        boolean en = Formatter.isEnglish(language.getLocale());
        if (formatter == null || en != english) {
            formatter = Formatter.of(language.getLocale(), clock.zone());
            english = en;
        }
        return formatter;
    }

    public String date(LocalDate date) {
        return formatter().date(date);
    }

    /** "Kamis", "Thursday" */
    public String weekday(LocalDate date) {
        return formatter().weekday(date);
    }

    /** "Kamis, 2 Mei 2024" */
    public String dayAndDate(LocalDate date) {
        return formatter().dayAndDate(date);
    }

    /** "08.00" */
    public String time(LocalTime time) {
        return formatter().time(time);
    }

    /** Short, for tables: "16 Mei 2024, 09.30 WIB". */
    public String dateTime(Instant instant) {
        return formatter().shortDateTime(instant);
    }

    /** A whole number; a fraction is rounded half up: "1.271". */
    public String number(Number n) {
        if (n == null) {
            return "";
        }
        return formatter().number(n instanceof Double || n instanceof Float ? Math.round(n.doubleValue()) : n.longValue());
    }

    /** One decimal: "2,5". */
    public String decimal(Number n) {
        return n == null ? "" : formatter().decimal(n.doubleValue(), 1);
    }

    /** A change in percent as the report words it: "naik 3,3%", "turun 100%", "sama", "tidak ada pembanding". */
    public String change(Object percent) {
        // Object: EL would coerce a missing Double to 0 ("sama") instead of "tidak ada pembanding"
        return Change.words(percent instanceof Number n ? n.doubleValue() : null, language.getLocale());
    }

    public String size(long bytes) {
        return formatter().size(bytes);
    }

    /** "2024-05" → "Mei 2024" */
    public String monthOf(String yearMonth) {
        return month(OfficeClock.parseMonth(yearMonth));
    }

    public String month(YearMonth month) {
        return formatter().month(month);
    }
}
