package id.djpk.portal.helpdesk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random part of a requester's links (the ticket's access link and the one-use survey link): ticket
 * numbers are sequential, these are 256 random bits. Only the SHA-256 is stored.
 */
final class Secret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secret() {
    }

    static String newCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String code) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(code.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time, so timing tells nothing about a guess. */
    static boolean fits(String code, String storedDigest) {
        return code != null && storedDigest != null && MessageDigest.isEqual(
                digest(code).getBytes(StandardCharsets.US_ASCII), storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
