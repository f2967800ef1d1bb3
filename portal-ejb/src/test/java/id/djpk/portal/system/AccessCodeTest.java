package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodeTest {

    @Test
    void newCodesAreSixteenUnambiguousCharactersInGroupsOfFour() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String code = AccessCode.generate();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
            assertFalse(code.matches(".*[ILOU].*"), "no letter that reads as another: " + code);
            assertTrue(seen.add(code));
        }
    }

    @Test
    void aCodeCarriesAtLeastEightyBitsAndUsesTheWholeAlphabet() {
        assertEquals(32, AccessCode.ALPHABET.length(), "5 bits a character");
        assertTrue(AccessCode.LENGTH * (Integer.SIZE - 1 - Integer.numberOfLeadingZeros(AccessCode.ALPHABET.length())) >= 80);
        assertTrue(AccessCode.ENTROPY_BITS >= 80);
        // every character of the alphabet turns up, about equally often, at every position
        Map<Character, Integer> counts = new HashMap<>();
        int codes = 4000;
        for (int i = 0; i < codes; i++) {
            for (char c : AccessCode.canonical(AccessCode.generate()).toCharArray()) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        assertEquals(32, counts.size());
        double expected = codes * 16 / 32.0;
        counts.forEach((c, n) -> assertTrue(Math.abs(n - expected) < expected * 0.2, c + ": " + n));
    }

    @Test
    void typedCodesIgnoreCaseSpacesDashesAndLookAlikes() {
        String code = AccessCode.generate();
        String hash = AccessCode.hash(code);
        assertEquals(64, hash.length());
        assertNotEquals(code, hash);
        assertTrue(AccessCode.matches(code, hash));
        assertTrue(AccessCode.matches(code.toLowerCase(), hash), "lower case");
        assertTrue(AccessCode.matches(code.replace("-", ""), hash), "without dashes");
        assertTrue(AccessCode.matches(" " + code.replace("-", " ") + " ", hash), "with spaces as read out");
        assertTrue(AccessCode.matches(code.replace("-", "\u00a0- "), hash), "pasted with odd spacing");
        assertFalse(AccessCode.matches(code.substring(1), hash));
        assertFalse(AccessCode.matches(code.substring(0, 18) + other(code.charAt(18)), hash));
        assertFalse(AccessCode.matches(null, hash));
        assertFalse(AccessCode.matches("", hash));
        assertFalse(AccessCode.matches(code + " ".repeat(100), hash), "absurdly long input is not hashed");

        String withOne = "1O1O-2222-3333-4444";
        assertTrue(AccessCode.matches("IoLo 2222 3333 4444", AccessCode.hash(withOne)), "I/L for 1 and O for 0");
        assertEquals("1010222233334444", AccessCode.canonical("iolo-2222-3333-4444"));
        assertEquals("1010-2222-3333-4444", AccessCode.display("iolo 2222 3333 4444"));
    }

    @Test
    void wellFormedMeansANewCodeHoweverTypedOrAnOldOne() {
        String code = AccessCode.generate();
        assertTrue(AccessCode.isWellFormed(code));
        assertTrue(AccessCode.isWellFormed(code.toLowerCase().replace("-", " ")));
        assertTrue(AccessCode.isWellFormed(legacy()));
        assertFalse(AccessCode.isWellFormed(code.substring(2)));
        assertFalse(AccessCode.isWellFormed("UUUU-UUUU-UUUU-UUUU"), "U is not in the alphabet");
        assertFalse(AccessCode.isWellFormed(null));
    }

    @Test
    void codesIssuedBeforeKeepWorkingExactlyAsIssued() {
        String old = legacy();
        // the hash stored for it then: SHA-256 of the trimmed code
        String storedThen = java.util.HexFormat.of().formatHex(sha256(old));
        assertEquals(storedThen, AccessCode.hash(old));
        assertTrue(AccessCode.matches(old, storedThen));
        assertTrue(AccessCode.matches("  " + old + "\n", storedThen), "a copied code with spaces around it");
        String flipped = Character.isUpperCase(old.charAt(5)) || Character.isLowerCase(old.charAt(5))
                ? old.substring(0, 5) + swapCase(old.charAt(5)) + old.substring(6) : old.substring(1) + "A";
        assertFalse(AccessCode.matches(flipped, storedThen), "old codes stay case-sensitive");
        assertTrue(old.length() <= AccessCode.MAX_INPUT_LENGTH);
    }

    @Test
    void aMaskedCodeShowsOnlyItsEnds() {
        assertEquals("ABCD-…-PQRS", AccessCode.mask("ABCD-EFGH-JKMN-PQRS"));
        String old = legacy();
        String masked = AccessCode.mask(old);
        assertTrue(masked.startsWith(old.substring(0, 4)) && masked.endsWith(old.substring(39)) && masked.length() < 12);
    }

    private static String legacy() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static char swapCase(char c) {
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }

    private static char other(char c) {
        return c == 'A' ? 'B' : 'A';
    }
}
