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

    /**
     * The seeds' comparison sentence: "Jumlah tiket konsultasi bulan November 2023 turun 41,2% dibandingkan bulan
     * sebelumnya (17) dan naik 3,3% dibandingkan bulan November 2022 (17)."
     */
    public static String comparison(String what, Figure f, YearMonth month, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        String value = Change.count(f.value(), locale);
        String previous = en ? "the previous month" : "bulan sebelumnya";
        String lastYear = (en ? "" : "bulan ") + monthName(month.minusMonths(12), locale);
        if (en) {
            return what + " in " + monthName(month, locale) + ": " + value + ", "
                    + against(f.changeFromPrevious(), f.previous(), previous, locale) + " and "
                    + against(f.changeFromLastYear(), f.lastYear(), lastYear, locale) + ".";
        }
        return "Jumlah " + what + " bulan " + monthName(month, locale) + " sebanyak " + value + ", "
                + against(f.changeFromPrevious(), f.previous(), previous, locale) + " dan "
                + against(f.changeFromLastYear(), f.lastYear(), lastYear, locale) + ".";
    }

    /** "naik 3,3% dibandingkan bulan sebelumnya (30)"; without a base "tidak dapat dibandingkan dengan … (0)". */
    static String against(Double change, Long base, String label, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        String tail = label + " (" + Change.count(base, locale) + ")";
        if (change == null) {
            return (en ? "no comparison with " : "tidak dapat dibandingkan dengan ") + tail;
        }
        if (change == 0) {
            return (en ? "the same as " : "sama dengan ") + tail;
        }
        return Change.words(change, locale) + (en ? " from " : " dibandingkan ") + tail;
    }
}
