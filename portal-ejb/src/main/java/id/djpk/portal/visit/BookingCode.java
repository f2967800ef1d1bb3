package id.djpk.portal.visit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The booking code ("KJ-7QF3KX", short enough to read out at reception) and the access code that, with
 * it, opens the status page. Only the access code's SHA-256 is kept; it is 256 random bits, so plain SHA-256
 * suffices (as for PPID requests).
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

    static String generateAccessCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String accessCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(accessCode.trim().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In constant time, so the response time tells nothing about a guess. */
    static boolean matches(String accessCode, String storedHash) {
        return accessCode != null && storedHash != null && MessageDigest.isEqual(
                hash(accessCode).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
