package id.djpk.portal.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secret that, with a sequential (guessable) number, lets a member of the public reach their own PPID
 * request, booking, ticket or survey without an account.
 * <p>
 * A code is 16 characters of Crockford's base32 (digits and letters without I, L, O and U, so nothing reads
 * as another character), 80 random bits, shown in groups of four: {@code 7KQ2-M9XD-4HNP-CW3R}. People read
 * it out on the phone and type it: case, spaces and dashes do not matter, and I/L and O typed for 1 and 0
 * count as those. Codes issued before (43 characters of URL-safe base64, 256 bits, case-sensitive) keep
 * working. Guessing is further limited per number ({@link AccessAttempts}).
 * <p>
 * Only the SHA-256 of the code's canonical form is kept, so a copy of the database does not open anyone's
 * request; plain SHA-256 suffices because the code is random, not a password a person chose.
 */
public final class AccessCode {

    /** Crockford's base32: 0-9 and A-Z without I, L, O, U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    static final int GROUP = 4;
    /** 16 characters of 5 bits each. */
    public static final int ENTROPY_BITS = 80;
    /** Enough for a grouped code and for the older 43-character codes, with room for stray spaces. */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final Pattern LEGACY = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    /** A new code in its grouped form, {@code XXXX-XXXX-XXXX-XXXX}. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return group(code.toString());
    }

    /**
     * The canonical form that is hashed: an older code as it was issued; a new one in capitals without spaces
     * or dashes, I/L read as 1 and O as 0. Whatever does not fit either comes back cleaned the same way and
     * simply matches nothing.
     */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        String trimmed = typed.strip();
        if (LEGACY.matcher(trimmed).matches()) {
            return trimmed;
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < trimmed.length(); i++) {
            char c = Character.toUpperCase(trimmed.charAt(i));
            if (c == '-' || Character.isWhitespace(c) || c == '\u00a0') {
                continue;
            }
            out.append(switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Whether the text could be a code at all (a new one, however typed, or an older one). */
    public static boolean isWellFormed(String typed) {
        String c = canonical(typed);
        if (LEGACY.matcher(c).matches()) {
            return true;
        }
        if (c.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            if (ALPHABET.indexOf(c.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code ABCD-EFGH-JKMN-PQRS} from the 16 characters; anything else is returned as given. */
    public static String group(String code) {
        if (code == null || code.length() != LENGTH) {
            return code;
        }
        StringBuilder out = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, i + GROUP);
        }
        return out.toString();
    }

    /** The code as people are shown it: a new one grouped in capitals however it was typed, an older one as issued. */
    public static String display(String typed) {
        String c = canonical(typed);
        return c.length() == LENGTH ? group(c) : c;
    }

    /**
     * What stays of a code in a message kept after it was sent: {@code ABCD-…-PQRS}, enough for staff to tell
     * codes apart, not enough to open anything.
     */
    public static String mask(String code) {
        String c = code == null ? "" : code.strip();
        if (c.length() < 12) {
            return "…";
        }
        return c.substring(0, GROUP) + "-…-" + c.substring(c.length() - GROUP);
    }

    /**
     * The code as the fragment of a link ({@code #kode=ABCD-EFGH-JKMN-PQRS}): browsers send no fragment to the
     * server, so the code stays out of access logs, proxies and Referer headers; the page's script reads it and
     * posts it. Codes hold only URL-safe characters.
     */
    public static String fragment(String parameter, String code) {
        return "#" + parameter + "=" + code;
    }

    /** The stored form: the SHA-256 of the canonical code, in hex. */
    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so the response time does not reveal how much of a guess was right. */
    public static boolean matches(String code, String storedHash) {
        if (code == null || storedHash == null || code.length() > MAX_INPUT_LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
                storedHash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
