package id.djpk.portal.report.social;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts as the exports write them: "1234", "1,234" or "1.234" (thousands, quoted by the export), "-3" (a net
 * change). An empty cell, "-" or "N/A" is no value (X writes "-" for a post that was not promoted). A count never
 * has a fraction, so "1,5" or "12.34" is refused rather than rounded.
 */
final class ExportValues {

    private static final Set<String> NO_VALUE = Set.of("", "-", "--", "n/a", "na", "null", "—");
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+");
    private static final Pattern GROUPED_DOT = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("([-+]?\\d+)[.,]0+");

    private ExportValues() {
    }

    /** The count in the cell, null when the cell holds none; NumberFormatException when it is not a count. */
    static Long count(String cell) {
        if (isDigits(cell)) {
            // the common case, without the patterns below: a file can hold 200.000 of them
            return Long.parseLong(cell);
        }
        String s = cell == null ? "" : cell.replace('\u00A0', ' ').replace(" ", "").trim();
        if (NO_VALUE.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        if (GROUPED_COMMA.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (GROUPED_DOT.matcher(s).matches()) {
            s = s.replace(".", "");
        } else if (WHOLE_DECIMAL.matcher(s).matches()) {
            // a spreadsheet saved the count as "12.0"
            var m = WHOLE_DECIMAL.matcher(s);
            m.matches();
            s = m.group(1);
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new NumberFormatException(cell);
        }
        return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    }

    private static boolean isDigits(String s) {
        if (s == null || s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
