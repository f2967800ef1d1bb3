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
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A staff member's (or, for Layer 2, a team's) account. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = "StaffAccount.byUsername", query = "SELECT a FROM StaffAccount a WHERE a.username = :username")
@NamedQuery(name = "StaffAccount.session", query = "SELECT a.enabled, a.mustChangePassword, a.passwordChangedAt "
        + "FROM StaffAccount a WHERE a.username = :username")
@NamedQuery(name = "StaffAccount.names", query = "SELECT a.username, a.fullName FROM StaffAccount a")
// the last sign-in as one statement without the version check: an integration account signs in with every call,
// several at once, and these must not fail each other (an optimistic lock on the row would)
@NamedQuery(name = "StaffAccount.signedIn", query = "UPDATE StaffAccount a SET a.lastLoginAt = :now WHERE a.id = :id "
        + "AND (a.lastLoginAt IS NULL OR a.lastLoginAt < :now)")
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
    /** Set when an administrator created the account or reset its password: the owner chooses a new one first. */
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    /** When the password last changed; a session begun before then is over (see {@link #sessionStamp}). */
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
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

    StaffAccount(String username, String fullName, String email, String passwordHash, Set<Role> roles, OrgUnit unit,
                 Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.unit = unit;
        this.createdAt = createdAt;
    }

    void assign(Set<Role> newRoles, OrgUnit newUnit) {
        roles.clear();
        roles.addAll(newRoles);
        unit = newUnit;
    }

    /** A new password, chosen by the owner or (mustChange) issued by an administrator; other sessions end. */
    void changePassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        // strictly later than the previous stamp, so that a session of the same millisecond ends too
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        this.passwordChangedAt = passwordChangedAt != null && !at.isAfter(passwordChangedAt)
                ? passwordChangedAt.truncatedTo(ChronoUnit.MILLIS).plusMillis(1) : at;
    }

    /** The same password, stored again with stronger hashing parameters: sessions go on. */
    void rehash(String hash) {
        this.passwordHash = hash;
    }

    /** Identifies the password a session was begun with; it changes with every new password. */
    public String sessionStamp() {
        return passwordChangedAt == null ? "-" : Long.toString(passwordChangedAt.toEpochMilli());
    }

    void setEnabled(boolean enabled) { this.enabled = enabled; }
    void setFullName(String fullName) { this.fullName = fullName; }
    void setEmail(String email) { this.email = email; }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    String getPasswordHash() { return passwordHash; }
    public boolean isEnabled() { return enabled; }
    public OrgUnit getUnit() { return unit; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public boolean hasRole(Role role) { return roles.contains(role); }

    /**
     * The unit a Layer 2 account works for, when it is one only (not also an agent or an administrator): its
     * drafts and knowledge-base entries are that unit's, whatever a page sends ("" without a unit). Empty for
     * every other account.
     */
    public java.util.Optional<String> layer2Unit() {
        if (!hasRole(Role.L2) || hasRole(Role.AGENT) || hasRole(Role.ADMIN)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(unit == null ? "" : unit.getCode());
    }
}
