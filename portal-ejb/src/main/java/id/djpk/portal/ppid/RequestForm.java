package id.djpk.portal.ppid;

import id.djpk.portal.system.Violation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The request form of the Perki (art. 22(1)–(3) UU 14/2008): who asks, what, why, and how it is to be
 * obtained and sent. A person gives the NIK of the KTP; a legal entity gives its legal basis (approval
 * decree or deed) instead.
 */
public class RequestForm implements Serializable {

    static final int NAME_MAX = 200;
    static final int BASIS_MAX = 300;
    static final int ADDRESS_MAX = 500;
    static final int OCCUPATION_MAX = 100;
    static final int EMAIL_MAX = 200;
    static final int INFORMATION_MAX = 4000;
    static final int PURPOSE_MAX = 2000;

    // a practical check, not RFC 5322: one @, a dot in the domain, no spaces
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    // Indonesian numbers are written with +62, spaces, dashes and brackets; 8 to 15 digits remain
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{6,18}");

    private String name;
    private String nik;
    private String organizationBasis;
    private String address;
    private String occupation;
    private String phone;
    private String email;
    /** The language of the page or API call ({@code id}, {@code en}); none is Indonesian. */
    private String language;
    private String information;
    private String purpose;
    private ObtainMethod obtainMethod;
    private DeliveryMethod deliveryMethod;
    private boolean consent;

    /** Every broken rule, each beside its field; empty when the form may be submitted. */
    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        text(v, "name", name, NAME_MAX);
        if (isBlank(organizationBasis)) {
            if (isBlank(nik)) {
                v.add(Violation.of("nik", "ppid.nikOrBasisRequired"));
            } else if (!Nik.isValid(nik.trim())) {
                v.add(Violation.of("nik", "ppid.nikInvalid"));
            }
        } else {
            if (organizationBasis.trim().length() > BASIS_MAX) {
                v.add(Violation.of("organization_basis", "ppid.tooLong", BASIS_MAX));
            }
            if (!isBlank(nik) && !Nik.isValid(nik.trim())) {
                v.add(Violation.of("nik", "ppid.nikInvalid"));
            }
        }
        text(v, "address", address, ADDRESS_MAX);
        text(v, "occupation", occupation, OCCUPATION_MAX);
        if (isBlank(phone)) {
            v.add(Violation.of("phone", "ppid.required"));
        } else if (!PHONE.matcher(phone.trim()).matches() || digits(phone) < 8 || digits(phone) > 15) {
            v.add(Violation.of("phone", "ppid.phoneInvalid"));
        }
        if (isBlank(email)) {
            if (deliveryMethod == DeliveryMethod.EMAIL) {
                v.add(Violation.of("email", "ppid.emailRequiredForDelivery"));
            }
        } else if (email.trim().length() > EMAIL_MAX || !EMAIL.matcher(email.trim()).matches()) {
            v.add(Violation.of("email", "ppid.emailInvalid"));
        }
        text(v, "information", information, INFORMATION_MAX);
        text(v, "purpose", purpose, PURPOSE_MAX);
        if (obtainMethod == null) {
            v.add(Violation.of("obtain_method", "ppid.choiceRequired"));
        }
        if (deliveryMethod == null) {
            v.add(Violation.of("delivery_method", "ppid.choiceRequired"));
        }
        if (!consent) {
            v.add(Violation.of("consent", "ppid.consentRequired"));
        }
        return v;
    }

    private static void text(List<Violation> v, String field, String value, int max) {
        if (isBlank(value)) {
            v.add(Violation.of(field, "ppid.required"));
        } else if (value.trim().length() > max) {
            v.add(Violation.of(field, "ppid.tooLong", max));
        }
    }

    private static long digits(String s) {
        return s.chars().filter(Character::isDigit).count();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String trimToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getOrganizationBasis() { return organizationBasis; }
    public void setOrganizationBasis(String organizationBasis) { this.organizationBasis = organizationBasis; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getInformation() { return information; }
    public void setInformation(String information) { this.information = information; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public ObtainMethod getObtainMethod() { return obtainMethod; }
    public void setObtainMethod(ObtainMethod obtainMethod) { this.obtainMethod = obtainMethod; }
    public DeliveryMethod getDeliveryMethod() { return deliveryMethod; }
    public void setDeliveryMethod(DeliveryMethod deliveryMethod) { this.deliveryMethod = deliveryMethod; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
