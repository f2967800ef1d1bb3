package id.djpk.portal.sitestats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Turns (day's salt, address, user agent) into an anonymous visitor id for that day. */
public final class VisitorHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VisitorHasher() {
    }

    public static String newSalt() {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public static String hash(String salt, String address, String userAgent) {
        if (salt == null || salt.isEmpty()) {
            throw new IllegalArgumentException("salt required");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Crawlers and monitors are not visitors. */
    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String ua = userAgent.toLowerCase();
        return ua.contains("bot") || ua.contains("crawl") || ua.contains("spider") || ua.contains("slurp")
                || ua.startsWith("curl") || ua.startsWith("wget") || ua.contains("python-requests")
                || ua.contains("wrk") || ua.contains("monitor") || ua.contains("headlesschrome/") && ua.contains("lighthouse");
    }
}
