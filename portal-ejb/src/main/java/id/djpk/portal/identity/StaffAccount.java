package id.djpk.portal.identity;

import java.io.Serializable;
import id.djpk.portal.reference.OrgUnit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A staff member's (or, for Layer 2, a team's) account. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = "StaffAccount.byUsername", query = "SELECT a FROM StaffAccount a WHERE a.username = :username")
@NamedQuery(name = "StaffAccount.all", query = "SELECT a FROM StaffAccount a ORDER BY a.username")
public class StaffAccount implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private String username;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean enabled = true;
    @ManyToOne
    @JoinColumn(name = "unit_code")
    private OrgUnit unit;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected StaffAccount() {
    }

    StaffAccount(String username, String fullName, String email, String passwordHash, Set<Role> roles, OrgUnit unit) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.unit = unit;
        this.createdAt = Instant.now();
    }

    /** Records a failed login; returns true when this failure locked the account. */
    boolean loginFailed(LoginPolicy policy, Instant now) {
        failedLogins++;
        Instant lock = policy.lockAfter(failedLogins, now);
        if (lock != null) {
            lockedUntil = lock;
            failedLogins = 0;
            return true;
        }
        return false;
    }

    void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void assign(Set<Role> newRoles, OrgUnit newUnit) {
        roles.clear();
        roles.addAll(newRoles);
        unit = newUnit;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void setEnabled(boolean enabled) { this.enabled = enabled; }
    void setFullName(String fullName) { this.fullName = fullName; }
    void setEmail(String email) { this.email = email; }
    void unlock() { this.lockedUntil = null; this.failedLogins = 0; }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    String getPasswordHash() { return passwordHash; }
    public boolean isEnabled() { return enabled; }
    public OrgUnit getUnit() { return unit; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public boolean hasRole(Role role) { return roles.contains(role); }
}
