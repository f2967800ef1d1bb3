package id.djpk.portal.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** The report's fixed wording: its title and month names, in Indonesian (default) or English. */
public final class ReportText {

    public static final Locale ID = Change.INDONESIAN;

    private ReportText() {
    }

    public static String title(YearMonth month, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return (en ? "DJPK Information Services Report " : "Laporan Layanan Informasi DJPK ") + monthName(month, locale);
    }

    public static String monthName(YearMonth month, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return month.getMonth().getDisplayName(TextStyle.FULL, en ? Locale.ENGLISH : ID) + " " + month.getYear();
    }
}
