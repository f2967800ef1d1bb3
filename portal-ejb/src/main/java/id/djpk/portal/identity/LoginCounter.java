package id.djpk.portal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * Failed sign-ins counted by one key of {@link LoginPolicy.Scope}: kept in the database so that every
 * instance of the portal counts the same failures.
 */
@Entity
@Table(name = "login_counter")
@NamedQuery(name = "LoginCounter.forgotten", query = "DELETE FROM LoginCounter c WHERE c.lastFailureAt < :before")
public class LoginCounter {

    @Id
    @Column(name = "counter_key")
    private String key;
    private int failures;
    @Column(name = "last_failure_at")
    private Instant lastFailureAt;
    @Column(name = "wait_until")
    private Instant waitUntil;

    protected LoginCounter() {
    }

    LoginCounter(String key) {
        this.key = key;
    }

    /** The key of the count for one typed username (known or not) from one address. */
    static String key(LoginPolicy.Scope scope, String username, String address) {
        String a = address == null ? "" : address;
        if (scope == LoginPolicy.Scope.ADDRESS) {
            return "a|" + a;
        }
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "u|" + (u.length() > 100 ? u.substring(0, 100) : u) + "|" + a;
    }

    static LoginPolicy.Scope scopeOf(String key) {
        return key.startsWith("a|") ? LoginPolicy.Scope.ADDRESS : LoginPolicy.Scope.ACCOUNT_AND_ADDRESS;
    }

    /** Counts one failure; returns until when the address must now wait, or null. */
    Instant failed(LoginPolicy policy, Instant now) {
        failures = policy.countAfterFailure(failures, lastFailureAt, now);
        lastFailureAt = now;
        Instant until = policy.waitAfter(scopeOf(key), failures, now);
        if (until != null) {
            waitUntil = until;
        }
        return until;
    }

    public String getKey() { return key; }
    public int getFailures() { return failures; }
    public Instant getLastFailureAt() { return lastFailureAt; }
    public Instant getWaitUntil() { return waitUntil; }
}
