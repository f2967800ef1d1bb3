package id.djpk.portal.report;

import java.io.Serializable;
import java.util.Locale;

/**
 * One figure of the report: the month's value, the month before, the same month a year earlier, and the
 * changes against both in percent (one decimal, null when the base is 0). An entered figure also carries
 * who entered it and when.
 */
public record Figure(Long value, Long previous, Long lastYear, Double changeFromPrevious, Double changeFromLastYear,
        String enteredBy, java.time.Instant enteredAt) implements Serializable {

    public static Figure of(Long value, Long previous, Long lastYear) {
        return new Figure(value, previous, lastYear, Change.percent(value, previous), Change.percent(value, lastYear),
                null, null);
    }

    public static Figure entered(Long value, Long previous, Long lastYear, String by, java.time.Instant at) {
        return new Figure(value, previous, lastYear, Change.percent(value, previous), Change.percent(value, lastYear),
                by, at);
    }

    public boolean isEntered() {
        return enteredBy != null;
    }

    public String previousWords(Locale locale) {
        return Change.words(changeFromPrevious, locale);
    }

    public String lastYearWords(Locale locale) {
        return Change.words(changeFromLastYear, locale);
    }
}
