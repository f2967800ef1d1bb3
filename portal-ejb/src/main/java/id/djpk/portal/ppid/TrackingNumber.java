package id.djpk.portal.ppid;

import java.util.regex.Pattern;

/**
 * The registration number the law requires as proof of receipt (art. 22(4)): PPID-2026-00017, the 17th
 * request received in 2026. Five digits hold the office's volume (17–33 a month) with a wide margin.
 */
public final class TrackingNumber {

    public static final int MAX_SERIAL = 99_999;
    private static final Pattern FORMAT = Pattern.compile("PPID-\\d{4}-\\d{5}");

    private TrackingNumber() {
    }

    public static String format(int year, int serial) {
        if (year < 1000 || year > 9999 || serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("no tracking number for year " + year + ", serial " + serial);
        }
        return String.format("PPID-%04d-%05d", year, serial);
    }

    /** Whether the text has the form of a tracking number; requesters type it, so case and spaces are forgiven by {@link #normalize}. */
    public static boolean isWellFormed(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }

    public static String normalize(String number) {
        return number == null ? null : number.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
