package id.djpk.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.identity.LoginPolicy.Scope;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    static final LoginPolicy POLICY = LoginPolicy.of(5, 20);
    static final Instant NOW = Instant.parse("2024-05-16T03:00:00Z");

    @Test
    void fourMistakesAreFreeTheFifthMakesTheAddressWaitAMinuteThenTheWaitDoubles() {
        for (int failures = 1; failures <= 4; failures++) {
            assertNull(POLICY.waitAfter(Scope.ACCOUNT_AND_ADDRESS, failures, NOW), "failure " + failures);
        }
        assertEquals(NOW.plus(Duration.ofMinutes(1)), POLICY.waitAfter(Scope.ACCOUNT_AND_ADDRESS, 5, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(2)), POLICY.waitAfter(Scope.ACCOUNT_AND_ADDRESS, 6, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(32)), POLICY.waitAfter(Scope.ACCOUNT_AND_ADDRESS, 10, NOW));
        assertEquals(NOW.plus(Duration.ofHours(1)), POLICY.waitAfter(Scope.ACCOUNT_AND_ADDRESS, 11, NOW), "at most an hour");
        assertEquals(NOW.plus(Duration.ofHours(1)), POLICY.waitAfter(Scope.ACCOUNT_AND_ADDRESS, 5000, NOW));
    }

    @Test
    void anAddressGetsMoreFailuresOverAllAccountsBeforeItWaits() {
        assertNull(POLICY.waitAfter(Scope.ADDRESS, 19, NOW), "an office behind one address");
        assertEquals(NOW.plus(Duration.ofMinutes(1)), POLICY.waitAfter(Scope.ADDRESS, 20, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(4)), POLICY.waitAfter(Scope.ADDRESS, 22, NOW));
    }

    @Test
    void theCountIsForgottenADayAfterTheLastFailure() {
        assertEquals(1, POLICY.countAfterFailure(0, null, NOW));
        assertEquals(8, POLICY.countAfterFailure(7, NOW.minus(Duration.ofHours(23)), NOW));
        assertEquals(1, POLICY.countAfterFailure(7, NOW.minus(Duration.ofDays(1)), NOW));
    }

    @Test
    void theWaitEndsExactlyWhenItSays() {
        Instant until = NOW.plus(Duration.ofMinutes(1));
        assertTrue(LoginPolicy.mustWait(until, NOW.plusSeconds(59)));
        assertFalse(LoginPolicy.mustWait(until, until));
        assertFalse(LoginPolicy.mustWait(null, NOW));
    }

    @Test
    void aCounterWaitsByItsOwnScope() {
        LoginCounter account = new LoginCounter(LoginCounter.key(Scope.ACCOUNT_AND_ADDRESS, " Agent ", "203.0.113.9"));
        LoginCounter address = new LoginCounter(LoginCounter.key(Scope.ADDRESS, "agent", "203.0.113.9"));
        assertEquals("u|agent|203.0.113.9", account.getKey());
        assertEquals("a|203.0.113.9", address.getKey());
        for (int i = 1; i <= 4; i++) {
            assertNull(account.failed(POLICY, NOW.plusSeconds(i)));
            assertNull(address.failed(POLICY, NOW.plusSeconds(i)));
        }
        assertEquals(NOW.plusSeconds(5).plus(Duration.ofMinutes(1)), account.failed(POLICY, NOW.plusSeconds(5)));
        assertNull(address.failed(POLICY, NOW.plusSeconds(5)));
        assertEquals(NOW.plusSeconds(5).plus(Duration.ofMinutes(1)), account.getWaitUntil());
    }

    @Test
    void nonsensePoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LoginPolicy.of(0, 20));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginPolicy(5, 20, Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1)));
    }

    @Test
    void theCommonestPasswordsAreRefusedWhateverTheirCase() {
        assertTrue(CommonPasswords.size() > 1500, "a couple of thousand entries: " + CommonPasswords.size());
        assertTrue(CommonPasswords.contains("1234567890"));
        assertTrue(CommonPasswords.contains("QwertyUiop"));
        assertTrue(CommonPasswords.contains("indonesia123"));
        assertFalse(CommonPasswords.contains("Demo-Sandi-2024"), "the browser tests' demo password");
        assertFalse(CommonPasswords.contains("rahasia-panjang-1"));
    }

    @Test
    void hashesWithFewerIterationsThanTodaysAreFound() {
        assertEquals(210_000, StaffDirectory.iterationsOf("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA=="));
        assertEquals(0, StaffDirectory.iterationsOf("not a hash"));
        assertTrue(StaffDirectory.ITERATIONS >= 600_000, "OWASP's figure for PBKDF2-HMAC-SHA256");
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = StaffDirectory.generatePassword();
        String b = StaffDirectory.generatePassword();
        assertEquals(14, a.length());
        assertFalse(a.equals(b));
    }
}
