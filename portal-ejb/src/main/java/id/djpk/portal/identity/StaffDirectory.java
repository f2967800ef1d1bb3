package id.djpk.portal.identity;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Staff accounts: the administrator's operations and the login check. */
@Stateless
public class StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final int MIN_PASSWORD = 10;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReferenceData reference;

    @Inject
    private PortalConfig config;

    @Inject
    private LoginCounters counters;

    @Inject
    private OfficeClock clock;

    /**
     * OWASP's Password Storage Cheat Sheet (2023 onwards): 600.000 iterations for PBKDF2-HMAC-SHA256. Hashes
     * made with fewer (210.000 before) are replaced at the owner's next sign-in.
     */
    static final int ITERATIONS = 600_000;

    /** Verified against when the username is unknown, so that an unknown name takes as long as a known one. */
    private static volatile String dummyHash;

    @jakarta.annotation.PostConstruct
    void initHasher() {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        if (dummyHash == null) {
            dummyHash = hasher.generate(generatePassword().toCharArray());
        }
    }

    public List<StaffAccount> all() {
        return em.createNamedQuery("StaffAccount.all", StaffAccount.class).getResultList();
    }

    /** Every account's display name by username: what pages and reports show of staff instead of usernames. */
    public Map<String, String> displayNames() {
        Map<String, String> names = new HashMap<>();
        em.createNamedQuery("StaffAccount.names", Object[].class).getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    public Optional<StaffAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("StaffAccount.byUsername", StaffAccount.class)
                .setParameter("username", username.trim().toLowerCase()).getResultStream().findFirst();
    }

    public StaffAccount get(long id) {
        StaffAccount account = em.find(StaffAccount.class, id);
        if (account == null) {
            throw new BusinessException("identity.notFound");
        }
        return account;
    }

    /**
     * An administrator creates an account with an initial password, which the owner must replace at the first
     * sign-in.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public StaffAccount create(String username, String fullName, String email, String password,
                               Set<Role> roles, String unitCode) {
        StaffAccount account = create(username, fullName, email, password, roles, unitCode, audit.currentActor());
        account.changePassword(account.getPasswordHash(), true, clock.now());
        return account;
    }

    /**
     * As {@link #create}, on behalf of the given actor (the system, when demo data or the first administrator is
     * created): the password is the one the operator set or was shown, and stays usable as it is.
     */
    public StaffAccount create(String username, String fullName, String email, String password,
                               Set<Role> roles, String unitCode, String actor) {
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessException("identity.usernameInvalid");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new BusinessException("identity.fullNameRequired");
        }
        if (findByUsername(name).isPresent()) {
            throw new BusinessException("identity.usernameTaken", name);
        }
        checkPassword(password);
        OrgUnit unit = unitFor(roles, unitCode);
        StaffAccount account = new StaffAccount(name, fullName.trim(), blankToNull(email),
                hasher.generate(password.toCharArray()), roles, unit, clock.now());
        em.persist(account);
        em.flush();
        audit.recordAs(actor, "STAFF_CREATED", "StaffAccount", account.getUsername(),
                "roles=" + roles + (unit == null ? "" : ", unit=" + unit.getCode()));
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffAccount update(long id, String fullName, String email, Set<Role> roles, String unitCode) {
        StaffAccount account = get(id);
        if (fullName == null || fullName.isBlank()) {
            throw new BusinessException("identity.fullNameRequired");
        }
        OrgUnit unit = unitFor(roles, unitCode);
        account.setFullName(fullName.trim());
        account.setEmail(blankToNull(email));
        account.assign(roles, unit);
        audit.record("STAFF_UPDATED", "StaffAccount", account.getUsername(),
                "roles=" + roles + (unit == null ? "" : ", unit=" + unit.getCode()));
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void setEnabled(long id, boolean enabled) {
        StaffAccount account = get(id);
        if (!enabled && account.getUsername().equals(audit.currentActor())) {
            throw new BusinessException("identity.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        audit.record(enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", "StaffAccount", account.getUsername(), null);
    }

    /**
     * Sets a new generated password and returns it, to hand to the account's owner once; the owner must
     * replace it at the next sign-in, and the account's sessions end.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public String resetPassword(long id) {
        StaffAccount account = get(id);
        String password = generatePassword();
        account.changePassword(hasher.generate(password.toCharArray()), true, clock.now());
        audit.record("STAFF_PASSWORD_RESET", "StaffAccount", account.getUsername(), null);
        return password;
    }

    /**
     * The owner replaces their password; the account's other sessions end. Returns the new session stamp, for
     * the session the change was made in to go on.
     */
    public String changeOwnPassword(String username, String current, String replacement) {
        StaffAccount account = findByUsername(username).orElseThrow(() -> new BusinessException("identity.notFound"));
        if (!hasher.verify(current.toCharArray(), account.getPasswordHash())) {
            throw new BusinessException("identity.currentPasswordWrong");
        }
        checkPassword(replacement);
        if (replacement.equals(current)) {
            throw new BusinessException("identity.passwordUnchanged");
        }
        account.changePassword(hasher.generate(replacement.toCharArray()), false, clock.now());
        audit.recordAs(account.getUsername(), "STAFF_PASSWORD_CHANGED", "StaffAccount", account.getUsername(),
                "other sessions ended");
        return account.sessionStamp();
    }

    /**
     * Checks a username and password typed at {@code address} (the client as {@link
     * id.djpk.portal.system.ClientAddress} finds it). An address that failed too often must wait
     * ({@link LoginPolicy}); the account itself is never locked, so its owner can still sign in from elsewhere.
     * An unknown name, a wrong password and a disabled account are refused alike and take as long.
     * Runs in its own transaction so the failure counts are kept although the sign-in is refused.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome authenticate(String username, String password, String address) {
        Instant now = clock.now();
        LoginPolicy policy = LoginPolicy.of(config.maxLoginFailures(), config.maxAddressLoginFailures());
        String who = username == null ? "" : username.trim().toLowerCase();
        String from = address == null || address.isBlank() ? "unknown" : address;
        List<String> keys = List.of(LoginCounter.key(LoginPolicy.Scope.ACCOUNT_AND_ADDRESS, who, from),
                LoginCounter.key(LoginPolicy.Scope.ADDRESS, who, from));
        Instant waitUntil = counters.waitUntil(keys);
        if (LoginPolicy.mustWait(waitUntil, now)) {
            return LoginOutcome.throttled(who, waitUntil);
        }
        Optional<StaffAccount> found = who.length() > 60 ? Optional.empty() : findByUsername(who);
        boolean passwordRight = hasher.verify(password == null ? new char[0] : password.toCharArray(),
                found.map(StaffAccount::getPasswordHash).orElse(dummyHash));
        if (found.isEmpty() || !passwordRight || !found.get().isEnabled()) {
            for (String key : keys) {
                try {
                    counters.ensure(key);
                } catch (EJBException e) {
                    // another instance created this counter at the same moment: it is there now
                }
            }
            Instant until = counters.failed(keys, policy, now);
            String reason = found.isEmpty() ? "unknown account" : !passwordRight ? "wrong password" : "account disabled";
            String actor = who.length() > 60 ? who.substring(0, 60) : who;
            audit.recordAs(actor, until == null ? "LOGIN_FAILED" : "LOGIN_THROTTLED", "StaffAccount", actor,
                    reason + " from " + from + (until == null ? "" : "; this address waits until " + until));
            return LoginOutcome.invalid(who);
        }
        StaffAccount account = found.get();
        counters.succeeded(keys.get(0));
        if (iterationsOf(account.getPasswordHash()) < ITERATIONS) {
            account.rehash(hasher.generate(password.toCharArray()));
            em.flush(); // before the statement below, which leaves the managed account behind
        }
        em.createNamedQuery("StaffAccount.signedIn").setParameter("now", now).setParameter("id", account.getId()).executeUpdate();
        audit.recordAs(who, "LOGIN", "StaffAccount", who, "from " + from);
        return new LoginOutcome(LoginOutcome.Result.OK, who, account.getRoles(), null,
                account.isMustChangePassword(), account.sessionStamp());
    }

    /**
     * Whether a session begun with {@code stamp} may go on, read from the database on every request so that
     * every instance agrees: not when the account is disabled or gone or its password has changed since.
     */
    public boolean sessionValid(String username, String stamp) {
        List<Object[]> rows = em.createNamedQuery("StaffAccount.session", Object[].class)
                .setParameter("username", username).getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[0])) {
            return false;
        }
        Instant changedAt = (Instant) rows.get(0)[2];
        return (changedAt == null ? "-" : Long.toString(changedAt.toEpochMilli())).equals(stamp);
    }

    /** Whether the account must replace an administrator's password before doing anything else. */
    public boolean mustChangePassword(String username) {
        return findByUsername(username).map(StaffAccount::isMustChangePassword).orElse(false);
    }

    /** The iteration count of a stored PBKDF2 hash ("algorithm:iterations:salt:hash"), 0 when unreadable. */
    static int iterationsOf(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        try {
            return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Roles of an enabled account, for re-validating a session; empty when it may no longer sign in. */
    public Set<Role> activeRoles(String username) {
        return findByUsername(username).filter(StaffAccount::isEnabled).map(StaffAccount::getRoles).orElse(Set.of());
    }

    public static String generatePassword() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private OrgUnit unitFor(Set<Role> roles, String unitCode) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("identity.roleRequired");
        }
        if (roles.contains(Role.L2)) {
            return reference.findUnit(unitCode).orElseThrow(() -> new BusinessException("identity.unitRequired"));
        }
        return unitCode == null || unitCode.isBlank() ? null : reference.findUnit(unitCode).orElse(null);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new BusinessException("identity.passwordTooShort", MIN_PASSWORD);
        }
        if (CommonPasswords.contains(password)) {
            throw new BusinessException("identity.passwordCommon");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
