package id.djpk.portal.report.social;

import id.djpk.portal.system.OfficeClock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days as the exports write them. ISO ("2024-03-15", "2025-08-01T00:00:00", X's "2024-03-15 14:02 +0000", which
 * is UTC and is moved to the office's day in Jakarta); numeric with slashes, month first as Meta writes it
 * ("03/15/2024 10:00") unless a day above 12 in the same column shows the file writes the day first; and with
 * month names in English or Indonesian, with or without a weekday ("Tue, Mar 5, 2024", "Mar 5, 2024",
 * "15 Maret 2024"), or without a year as TikTok writes them ("September 25", "28 Agustus"). The time of day is
 * ignored: the report counts days.
 */
final class ExportDates {

    /** A day, or a day of the year when the file gives no year (TikTok). */
    record ExportDate(LocalDate date, MonthDay dayOfYear) {

        boolean hasYear() {
            return date != null;
        }
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?:[ T,].*)?");
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?|(?:utc|gmt)?\\s*[+-]\\d{2}:?\\d{2}\\b");
    private static final Set<String> IGNORED_WORDS = Set.of("utc", "gmt", "wib", "wita", "wit", "pst", "pdt", "at",
            "pukul", "pk", "jam", "am", "pm", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "sen", "sel", "rab", "kam",
            "jum", "sab", "min", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad");
    private static final Map<String, Integer> MONTHS = months();

    private ExportDates() {
    }

    /**
     * Whether a column writes numeric dates day first: one value whose first number is above 12 says so;
     * otherwise month first, as Meta and X write them.
     */
    static boolean dayFirst(List<String> values) {
        for (String v : values) {
            Matcher m = NUMERIC.matcher(v == null ? "" : v.trim());
            if (m.matches() && Integer.parseInt(m.group(1)) > 12) {
                return true;
            }
        }
        return false;
    }

    /** The day in the cell, null for an empty cell; DateTimeException when it is not a day. */
    static ExportDate parse(String cell, boolean dayFirst) {
        String s = cell == null ? "" : cell.replace('\u00A0', ' ').trim();
        if (s.isEmpty()) {
            return null;
        }
        if (isPlainIso(s)) {
            // "2024-03-15", the common case, without the patterns below: a file can hold 200.000 of them
            return new ExportDate(LocalDate.of(Integer.parseInt(s.substring(0, 4)),
                    Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10))), null);
        }
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return new ExportDate(iso(iso), null);
        }
        Matcher numeric = NUMERIC.matcher(s);
        if (numeric.matches()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            year = year < 100 ? 2000 + year : year;
            return new ExportDate(dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second),
                    null);
        }
        return named(s);
    }

    private static boolean isPlainIso(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate iso(Matcher m) {
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (m.group(7) == null || m.group(4) == null) {
            return day;
        }
        // an instant in another zone (X's tweet export is in UTC): the office counts it on its own day
        String offset = m.group(7).equals("Z") ? "Z" : m.group(7).replaceFirst("(\\d{2}):?(\\d{2})$", "$1:$2");
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return OffsetDateTime.of(LocalDateTime.of(day, time), ZoneOffset.of(offset))
                .atZoneSameInstant(OfficeClock.DEFAULT_ZONE).toLocalDate();
    }

    /** "Tue, Mar 5, 2024", "15 Maret 2024", "September 25": one month name, one day, at most one year. */
    private static ExportDate named(String s) {
        String rest = TIME.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        Integer month = null;
        Integer day = null;
        Integer year = null;
        for (String token : tokens(rest)) {
            if (Character.isDigit(token.charAt(0))) {
                if (token.length() == 4 && year == null) {
                    year = Integer.parseInt(token);
                } else if (token.length() <= 2 && day == null) {
                    day = Integer.parseInt(token);
                } else {
                    throw new DateTimeException(s);
                }
            } else if (MONTHS.containsKey(token) && month == null) {
                month = MONTHS.get(token);
            } else if (!IGNORED_WORDS.contains(token)) {
                throw new DateTimeException(s);
            }
        }
        if (month == null || day == null) {
            throw new DateTimeException(s);
        }
        return year == null ? new ExportDate(null, MonthDay.of(month, day)) : new ExportDate(LocalDate.of(year, month, day), null);
    }

    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}+|\\d+").matcher(s);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "januari"},
                {"february", "feb", "februari", "peb", "pebruari"},
                {"march", "mar", "maret"},
                {"april", "apr"},
                {"may", "mei"},
                {"june", "jun", "juni"},
                {"july", "jul", "juli"},
                {"august", "aug", "agustus", "agu", "agt", "ags"},
                {"september", "sep", "sept"},
                {"october", "oct", "oktober", "okt"},
                {"november", "nov", "nop", "nopember"},
                {"december", "dec", "desember", "des"}};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
