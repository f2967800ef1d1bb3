package id.djpk.portal.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A requester, kept across tickets (and later PPID requests and visits): found again by e-mail address or
 * phone number, so one person has one timeline. What a later ticket tells about region, institution and
 * category fills in what was unknown and corrects what changed.
 */
@Entity
@Table(name = "helpdesk_contact")
@NamedQuery(name = "Contact.byEmail", query = "SELECT c FROM Contact c WHERE c.email = :email ORDER BY c.id")
@NamedQuery(name = "Contact.byPhone", query = "SELECT c FROM Contact c WHERE c.phone = :phone ORDER BY c.id")
public class Contact implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private String name;
    private String email;
    private String phone;
    @Column(name = "region_code")
    private String regionCode;
    private String institution;
    @Enumerated(EnumType.STRING)
    private UserCategory category;
    /** consent to receive announcements (blasts) */
    private boolean consent;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private int version;

    protected Contact() {
    }

    Contact(String name, String email, String phone, Instant createdAt) {
        this.name = name;
        this.email = normalizeEmail(email);
        this.phone = normalizePhone(phone);
        this.createdAt = createdAt;
    }

    /** What a new ticket says about the person: blanks never erase what is known. */
    void update(String name, String email, String phone, String regionCode, String institution, UserCategory category,
            boolean consent) {
        if (name != null && !name.isBlank()) {
            this.name = name.trim();
        }
        if (this.email == null) {
            this.email = normalizeEmail(email);
        }
        if (this.phone == null) {
            this.phone = normalizePhone(phone);
        }
        if (regionCode != null && !regionCode.isBlank()) {
            this.regionCode = regionCode.trim();
        }
        if (institution != null && !institution.isBlank()) {
            this.institution = institution.trim();
        }
        if (category != null) {
            this.category = category;
        }
        this.consent = this.consent || consent;
    }

    static String normalizeEmail(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Digits only, with the country code 62 for a leading 0: "0811-150420-7" and "+62 811 1504207" are one number. */
    static String normalizePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("0")) {
            digits = "62" + digits.substring(1);
        }
        return digits.isEmpty() ? null : digits;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getRegionCode() { return regionCode; }
    public String getInstitution() { return institution; }
    public UserCategory getCategory() { return category; }
    public boolean isConsent() { return consent; }

    /** The contact follows an announcement's "stop" link: no more blasts until they agree again on a form. */
    public void withdrawConsent() {
        consent = false;
    }
    public Instant getCreatedAt() { return createdAt; }
}
