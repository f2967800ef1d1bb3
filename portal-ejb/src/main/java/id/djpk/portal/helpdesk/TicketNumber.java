package id.djpk.portal.helpdesk;

import java.util.Locale;
import java.util.regex.Pattern;

/** TIK-2026-000123: the 123rd ticket of 2026. Six digits hold 1.450 tickets a month with room to spare. */
public final class TicketNumber {

    public static final int MAX_SERIAL = 999_999;
    private static final Pattern FORMAT = Pattern.compile("TIK-\\d{4}-\\d{6}");

    private TicketNumber() {
    }

    public static String format(int year, int serial) {
        if (year < 1000 || year > 9999 || serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("no ticket number for " + year + "/" + serial);
        }
        return String.format(Locale.ROOT, "TIK-%04d-%06d", year, serial);
    }

    /** The typed number in canonical form, or null when it cannot be one. */
    public static String normalize(String text) {
        String n = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(n).matches() ? n : null;
    }
}
