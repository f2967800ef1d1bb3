package id.djpk.portal.sitestats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitorHasherTest {

    static final String UA = "Mozilla/5.0 (Linux; Android 14) Chrome/124 Mobile Safari/537.36";

    @Test
    void sameVisitorSameDayGivesTheSameHash() {
        String salt = VisitorHasher.newSalt();
        assertEquals(VisitorHasher.hash(salt, "10.1.2.3", UA), VisitorHasher.hash(salt, "10.1.2.3", UA));
    }

    @Test
    void anotherDaysSaltGivesAnUnrelatedHash() {
        assertNotEquals(VisitorHasher.hash(VisitorHasher.newSalt(), "10.1.2.3", UA),
                VisitorHasher.hash(VisitorHasher.newSalt(), "10.1.2.3", UA));
    }

    @Test
    void theHashHidesTheAddress() {
        String hash = VisitorHasher.hash(VisitorHasher.newSalt(), "10.1.2.3", UA);
        assertEquals(64, hash.length());
        assertFalse(hash.contains("10.1.2.3"));
        assertTrue(hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void addressAndAgentAreSeparated() {
        String salt = "s";
        assertNotEquals(VisitorHasher.hash(salt, "1.2.3.4", "5"), VisitorHasher.hash(salt, "1.2.3.45", ""));
    }

    @Test
    void aSaltIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> VisitorHasher.hash("", "1.2.3.4", UA));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mozilla/5.0 (compatible; Googlebot/2.1)   | true",
            "curl/8.5.0                                  | true",
            "''                                          | true",
            "Mozilla/5.0 (X11; Linux x86_64) Firefox/126 | false"})
    void botsAreNotVisitors(String ua, boolean bot) {
        assertEquals(bot, VisitorHasher.isBot(ua));
    }
}
