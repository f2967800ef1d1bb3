package id.djpk.portal.identity;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.PortalConfig;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
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

    @jakarta.annotation.PostConstruct
    void initHasher() {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public List<StaffAccount> all() {
        return em.createNamedQuery("StaffAccount.all", StaffAccount.class).getResultList();
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

    public StaffAccount create(String username, String fullName, String email, String password,
                               Set<Role> roles, String unitCode) {
        return create(username, fullName, email, password, roles, unitCode, audit.currentActor());
    }

    /** As {@link #create}, on behalf of the given actor (the system, when demo data is loaded). */
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
                hasher.generate(password.toCharArray()), roles, unit);
        em.persist(account);
        em.flush();
        audit.recordAs(actor, "STAFF_CREATED", "StaffAccount", account.getUsername(),
                "roles=" + roles + (unit == null ? "" : ", unit=" + unit.getCode()));
        return account;
    }

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

    public void setEnabled(long id, boolean enabled) {
        StaffAccount account = get(id);
        if (!enabled && account.getUsername().equals(audit.currentActor())) {
            throw new BusinessException("identity.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        if (enabled) {
            account.unlock();
        }
        audit.record(enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", "StaffAccount", account.getUsername(), null);
    }

    /** Sets a new generated password and returns it, to hand to the account's owner once. */
    public String resetPassword(long id) {
        StaffAccount account = get(id);
        String password = generatePassword();
        account.changePasswordHash(hasher.generate(password.toCharArray()));
        audit.record("STAFF_PASSWORD_RESET", "StaffAccount", account.getUsername(), null);
        return password;
    }

    public void changeOwnPassword(String username, String current, String replacement) {
        StaffAccount account = findByUsername(username).orElseThrow(() -> new BusinessException("identity.notFound"));
        if (!hasher.verify(current.toCharArray(), account.getPasswordHash())) {
            throw new BusinessException("identity.currentPasswordWrong");
        }
        checkPassword(replacement);
        account.changePasswordHash(hasher.generate(replacement.toCharArray()));
        audit.recordAs(account.getUsername(), "STAFF_PASSWORD_CHANGED", "StaffAccount", account.getUsername(), null);
    }

    /**
     * Checks a username and password; counts failures and locks the account after too many.
     * Runs in its own transaction so the failure count is kept although the login is refused.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome authenticate(String username, String password) {
        Instant now = Instant.now();
        LoginPolicy policy = new LoginPolicy(config.maxLoginFailures(), Duration.ofMinutes(config.lockMinutes()));
        Optional<StaffAccount> found = findByUsername(username);
        String who = username == null ? "" : username.trim().toLowerCase();
        if (found.isEmpty()) {
            audit.recordAs(who, "LOGIN_FAILED", "StaffAccount", who, "unknown account");
            return new LoginOutcome(LoginOutcome.Result.INVALID, who, Set.of(), null);
        }
        StaffAccount account = found.get();
        if (!account.isEnabled()) {
            audit.recordAs(who, "LOGIN_REFUSED", "StaffAccount", who, "account disabled");
            return new LoginOutcome(LoginOutcome.Result.DISABLED, who, Set.of(), null);
        }
        if (policy.isLocked(account.getLockedUntil(), now)) {
            audit.recordAs(who, "LOGIN_REFUSED", "StaffAccount", who, "account locked until " + account.getLockedUntil());
            return new LoginOutcome(LoginOutcome.Result.LOCKED, who, Set.of(), account.getLockedUntil());
        }
        if (password == null || !hasher.verify(password.toCharArray(), account.getPasswordHash())) {
            boolean locked = account.loginFailed(policy, now);
            audit.recordAs(who, locked ? "LOGIN_LOCKED" : "LOGIN_FAILED", "StaffAccount", who,
                    locked ? "locked until " + account.getLockedUntil() : "wrong password");
            return locked
                    ? new LoginOutcome(LoginOutcome.Result.LOCKED, who, Set.of(), account.getLockedUntil())
                    : new LoginOutcome(LoginOutcome.Result.INVALID, who, Set.of(), null);
        }
        account.loginSucceeded(now);
        audit.recordAs(who, "LOGIN", "StaffAccount", who, null);
        return new LoginOutcome(LoginOutcome.Result.OK, who, account.getRoles(), null);
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
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
