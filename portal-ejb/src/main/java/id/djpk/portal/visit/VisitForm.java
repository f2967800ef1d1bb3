package id.djpk.portal.visit;

import id.djpk.portal.system.Violation;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The booking form: who asks (institution, region, contact), how and about what, the request letter's
 * number and date, the guests and up to three preferred dates. Dates and topic codes arrive as text, as the
 * API's fields do ({@code YYYY-MM-DD}, {@code ;}-separated); {@link #violations()} names every malformed
 * field by its API name. The circular's rules are checked by {@link VisitService} with {@link VisitRules}.
 */
public class VisitForm implements Serializable {

    static final int INSTITUTION_MAX = 200;
    static final int NAME_MAX = 200;
    /** A reason the desk writes (a late guest admitted). */
    static final int REASON_MAX = 2000;
    static final int EMAIL_MAX = 200;
    static final int LETTER_NUMBER_MAX = 100;
    static final int POSITION_MAX = 200;
    static final int GUESTS_MAX = 20;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{6,18}");

    private String institution;
    private String regionCode;
    private String contactName;
    private String email;
    /** The language of the page or API call ({@code id}, {@code en}); none is Indonesian. */
    private String language;
    private String phone;
    private VisitMode mode;
    private String topics;
    private String preferredUnit;
    private String letterNumber;
    private String letterDate;
    private List<GuestEntry> guests = new ArrayList<>();
    private String preferredDates;
    /** The circular's monthly quota is per Pemda: a ministry, university or bank books without using its region's. */
    private boolean regionalGovernment = true;

    /** Malformed or missing input, each beside its field (the API's field names); empty when well-formed. */
    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        text(v, "institution", institution, INSTITUTION_MAX);
        if (isBlank(regionCode)) {
            v.add(Violation.of("region_code", "visit.required"));
        }
        text(v, "contact_name", contactName, NAME_MAX);
        if (isBlank(email)) {
            v.add(Violation.of("email", "visit.required"));
        } else if (email.trim().length() > EMAIL_MAX || !EMAIL.matcher(email.trim()).matches()) {
            v.add(Violation.of("email", "visit.emailInvalid"));
        }
        if (isBlank(phone)) {
            v.add(Violation.of("phone", "visit.required"));
        } else {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone.trim()).matches() || digits < 8 || digits > 15) {
                v.add(Violation.of("phone", "visit.phoneInvalid"));
            }
        }
        if (mode == null) {
            v.add(Violation.of("mode", "visit.modeRequired"));
        }
        if (topicCodes().isEmpty()) {
            v.add(Violation.of("topics", "visit.required"));
        }
        text(v, "letter_number", letterNumber, LETTER_NUMBER_MAX);
        if (isBlank(letterDate)) {
            v.add(Violation.of("letter_date", "visit.required"));
        } else if (parse(letterDate) == null) {
            v.add(Violation.of("letter_date", "visit.dateInvalid"));
        }
        if (mode == VisitMode.TATAP_MUKA && (guests == null || guests.isEmpty())) {
            v.add(Violation.of("guests", "visit.guestsRequired"));
        }
        if (guests != null) {
            if (guests.size() > GUESTS_MAX) {
                v.add(Violation.of("guests", "visit.guestsInvalid"));
            } else if (guests.stream().anyMatch(g -> g == null || isBlank(g.name()) || isBlank(g.position())
                    || g.name().trim().length() > NAME_MAX || g.position().trim().length() > POSITION_MAX)) {
                v.add(Violation.of("guests", "visit.guestIncomplete"));
            }
        }
        List<String> dates = split(preferredDates);
        if (dates.size() > VisitRules.MAX_PREFERRED_DATES) {
            v.add(Violation.of("preferred_dates", "visit.tooManyDates", VisitRules.MAX_PREFERRED_DATES));
        } else if (dates.stream().anyMatch(d -> parse(d) == null)) {
            v.add(Violation.of("preferred_dates", "visit.dateInvalid"));
        }
        return v;
    }

    public LocalDate letterDateValue() {
        return parse(letterDate);
    }

    /** The preferred dates, distinct, in the order given; malformed ones left out. */
    public List<LocalDate> preferredDateValues() {
        LinkedHashSet<LocalDate> d = new LinkedHashSet<>();
        for (String s : split(preferredDates)) {
            LocalDate date = parse(s);
            if (date != null) {
                d.add(date);
            }
        }
        return List.copyOf(d);
    }

    public List<String> topicCodes() {
        return List.copyOf(new LinkedHashSet<>(split(topics)));
    }

    static List<String> split(String s) {
        if (isBlank(s)) {
            return List.of();
        }
        return Arrays.stream(s.split("[;,]")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    static LocalDate parse(String s) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private static void text(List<Violation> v, String field, String value, int max) {
        if (isBlank(value)) {
            v.add(Violation.of(field, "visit.required"));
        } else if (value.trim().length() > max) {
            v.add(Violation.of(field, "visit.tooLong", max));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String trimToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public VisitMode getMode() { return mode; }
    public void setMode(VisitMode mode) { this.mode = mode; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getPreferredUnit() { return preferredUnit; }
    public void setPreferredUnit(String preferredUnit) { this.preferredUnit = preferredUnit; }
    public String getLetterNumber() { return letterNumber; }
    public void setLetterNumber(String letterNumber) { this.letterNumber = letterNumber; }
    public String getLetterDate() { return letterDate; }
    public void setLetterDate(String letterDate) { this.letterDate = letterDate; }
    public List<GuestEntry> getGuests() { return guests; }
    public void setGuests(List<GuestEntry> guests) { this.guests = guests == null ? new ArrayList<>() : new ArrayList<>(guests); }
    public boolean isRegionalGovernment() { return regionalGovernment; }
    public void setRegionalGovernment(boolean regionalGovernment) { this.regionalGovernment = regionalGovernment; }
    public String getPreferredDates() { return preferredDates; }
    public void setPreferredDates(String preferredDates) { this.preferredDates = preferredDates; }
}
