package id.djpk.portal.lapor;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.Violation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a region fills in with its report, named as the API's fields ({@code region_code}, {@code institution},
 * {@code name}, {@code email}, {@code phone}, {@code report_type}, {@code period}, {@code note}). The files come
 * beside it; the type, the period's form for that type and the region are checked by {@link LaporService}.
 */
public class LaporForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int NAME_MAX = 200;
    static final int PHONE_MAX = 30;
    static final int NOTE_MAX = 4000;

    private String regionCode;
    private String institution;
    private String name;
    private String email;
    /** The language of the page or API call ({@code id}, {@code en}); none is Indonesian. */
    private String language;
    private String phone;
    private String reportType;
    private String period;
    private String note;

    /** Every mistake of the fields on their own, at once. */
    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        if (blank(regionCode)) {
            v.add(Violation.of("region_code", "lapor.regionRequired"));
        }
        if (trimmed(institution) != null && trimmed(institution).length() > NAME_MAX) {
            v.add(Violation.of("institution", "lapor.tooLong", NAME_MAX));
        }
        if (blank(name)) {
            v.add(Violation.of("name", "lapor.nameRequired"));
        } else if (trimmed(name).length() > NAME_MAX) {
            v.add(Violation.of("name", "lapor.tooLong", NAME_MAX));
        }
        if (blank(email)) {
            v.add(Violation.of("email", "lapor.emailRequired"));
        } else if (trimmed(email).length() > NAME_MAX || !Mail.plausibleAddress(trimmed(email))) {
            v.add(Violation.of("email", "lapor.emailInvalid"));
        }
        if (trimmed(phone) != null && !trimmed(phone).matches("\\+?[0-9 ()-]{6," + PHONE_MAX + "}")) {
            v.add(Violation.of("phone", "lapor.phoneInvalid"));
        }
        if (blank(reportType)) {
            v.add(Violation.of("report_type", "lapor.typeRequired"));
        }
        if (trimmed(note) != null && trimmed(note).length() > NOTE_MAX) {
            v.add(Violation.of("note", "lapor.tooLong", NOTE_MAX));
        }
        return v;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The value without surrounding spaces, or null when there is nothing. */
    static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getReportType() { return reportType; }
    public void setReportType(String reportType) { this.reportType = reportType; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
