package id.djpk.portal.lapor;

import java.util.Locale;
import java.util.regex.Pattern;

/** The receipt number of a submission: {@code LPR-2024-000123}, the 123rd report received in 2024. */
public final class Receipt {

    /** Six digits: 2.160 e-mails in the busiest month, some 25.000 a year, with a wide margin. */
    public static final int MAX_SERIAL = 999_999;
    private static final Pattern FORMAT = Pattern.compile("LPR-\\d{4}-\\d{6}");

    private Receipt() {
    }

    public static String format(int year, int serial) {
        if (year < 1000 || year > 9999 || serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("no receipt for year " + year + ", serial " + serial);
        }
        return String.format(Locale.ROOT, "LPR-%04d-%06d", year, serial);
    }

    public static boolean isWellFormed(String receipt) {
        return receipt != null && FORMAT.matcher(receipt).matches();
    }

    /** As typed: case and surrounding spaces forgiven. */
    public static String normalize(String receipt) {
        return receipt == null ? null : receipt.strip().toUpperCase(Locale.ROOT);
    }
}
