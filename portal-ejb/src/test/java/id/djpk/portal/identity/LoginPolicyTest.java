package id.djpk.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    static final LoginPolicy POLICY = new LoginPolicy(5, Duration.ofMinutes(15));
    static final Instant NOW = Instant.parse("2024-05-16T03:00:00Z");

    @Test
    void fifthFailureLocksForFifteenMinutes() {
        StaffAccount a = new StaffAccount("agent", "Agen", null, "hash", Set.of(Role.AGENT), null);
        for (int i = 1; i <= 4; i++) {
            assertFalse(a.loginFailed(POLICY, NOW));
            assertNull(a.getLockedUntil());
        }
        assertTrue(a.loginFailed(POLICY, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), a.getLockedUntil());
        assertTrue(POLICY.isLocked(a.getLockedUntil(), NOW.plus(Duration.ofMinutes(14))));
        assertFalse(POLICY.isLocked(a.getLockedUntil(), NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void successResetsTheCount() {
        StaffAccount a = new StaffAccount("agent", "Agen", null, "hash", Set.of(Role.AGENT), null);
        for (int i = 0; i < 4; i++) {
            a.loginFailed(POLICY, NOW);
        }
        a.loginSucceeded(NOW);
        assertEquals(0, a.getFailedLogins());
        assertFalse(a.loginFailed(POLICY, NOW), "the count starts again after a success");
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = StaffDirectory.generatePassword();
        String b = StaffDirectory.generatePassword();
        assertEquals(14, a.length());
        assertFalse(a.equals(b));
    }
}
