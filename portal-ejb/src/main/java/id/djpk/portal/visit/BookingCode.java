package id.djpk.portal.visit;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The booking code ("KJ-7QF3KX", short enough to read out at reception). With it, the access code
 * ({@link id.djpk.portal.system.AccessCode}) opens the status page.
 */
final class BookingCode {

    /** No 0/O, 1/I/L: codes are read aloud and typed from paper. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("KJ-[" + ALPHABET + "]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingCode() {
    }

    static String generate() {
        StringBuilder s = new StringBuilder("KJ-");
        for (int i = 0; i < 6; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    static String normalize(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    static boolean isWellFormed(String code) {
        return FORMAT.matcher(normalize(code)).matches();
    }
}
