package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodeTest {

    @Test
    void codesAreLongRandomAndOnlyTheirHashIsNeeded() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = AccessCode.generate();
            assertTrue(code.length() >= 32 && code.matches("[A-Za-z0-9_-]+"), code);
            assertTrue(seen.add(code));
        }
        String code = AccessCode.generate();
        String hash = AccessCode.hash(code);
        assertEquals(64, hash.length());
        assertNotEquals(code, hash);
        assertTrue(AccessCode.matches(code, hash));
        assertTrue(AccessCode.matches(" " + code + " ", hash), "a copied code with spaces still opens the request");
        assertFalse(AccessCode.matches(code.substring(1), hash));
        assertFalse(AccessCode.matches(null, hash));
        assertFalse(AccessCode.matches("", hash));
    }
}
