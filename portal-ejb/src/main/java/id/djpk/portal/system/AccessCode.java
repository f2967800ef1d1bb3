package id.djpk.portal.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that, with a sequential (guessable) number, lets a member of the public reach their own PPID
 * request, booking, ticket or survey without an account. The code is 256 random bits. Only its SHA-256 is kept,
 * so a copy of the database does not open anyone's request; plain SHA-256 suffices because the code is
 * random, not a password a person chose.
 */
public final class AccessCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    /** 43 URL-safe characters. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form; a code copied with spaces around it hashes like the code. */
    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.trim().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so the response time does not reveal how much of a guess was right. */
    public static boolean matches(String code, String storedHash) {
        if (code == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
