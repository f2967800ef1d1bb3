package id.djpk.portal.ppid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that, with the tracking number, lets the requester follow a request without an account.
 * Tracking numbers are sequential and so guessable; the code is 256 random bits. Only its SHA-256 is kept,
 * so a copy of the database does not open anyone's request; plain SHA-256 suffices because the code is
 * random, not a password a person chose.
 */
final class AccessCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    /** 43 URL-safe characters. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so the response time does not reveal how much of a guess was right. */
    static boolean matches(String code, String storedHash) {
        if (code == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(code.trim()).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
