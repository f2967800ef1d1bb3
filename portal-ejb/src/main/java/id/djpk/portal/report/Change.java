package id.djpk.portal.report;

import id.djpk.portal.system.Formatter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The change of a figure against a base (the month before, or the same month a year earlier), as the report
 * writes it: a percentage rounded half up to one decimal, {@code null} when there is no base (none or zero);
 * worded "naik 3,3%", "turun 42,3%", "sama" (English "up 3.3%", "down 42.3%", "unchanged"). Numbers in
 * Indonesian format: "1.271", "3,3"; a whole percentage without a decimal ("naik 50%") as in the seeds. Numbers
 * are written by {@link Formatter}.
 */
public final class Change {

    public static final Locale INDONESIAN = Formatter.INDONESIAN;

    private Change() {
    }

    /** The change from {@code base} to {@code value} in percent, one decimal; null when the base is null or 0. */
    public static Double percent(Long value, Long base) {
        if (value == null || base == null || base == 0) {
            return null;
        }
        return BigDecimal.valueOf(value - base).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The words for a change: "naik 3,3%", "turun 42,3%", "sama"; for no base "tidak ada pembanding". */
    public static String words(Double percent, Locale locale) {
        boolean en = Formatter.isEnglish(locale);
        if (percent == null) {
            return en ? "no comparison" : "tidak ada pembanding";
        }
        if (percent == 0) {
            return en ? "unchanged" : "sama";
        }
        String amount = decimal(Math.abs(percent), locale) + "%";
        if (percent > 0) {
            return (en ? "up " : "naik ") + amount;
        }
        return (en ? "down " : "turun ") + amount;
    }

    /** A count as the report writes it: "1.271" (English "1,271"). */
    public static String count(Long value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return Formatter.of(locale).number(value);
    }

    /** A number with at most one decimal: "3,3", "50", "1.234,5" (English "3.3", "1,234.5"). */
    public static String decimal(double value, Locale locale) {
        return Formatter.of(locale).upToOneDecimal(value);
    }

    /** The share of {@code part} in {@code whole} in percent, one decimal; null when the whole is 0. */
    public static Double share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
