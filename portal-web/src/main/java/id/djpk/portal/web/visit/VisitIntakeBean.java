package id.djpk.portal.web.visit;

import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.visit.GuestEntry;
import id.djpk.portal.visit.VisitDesk;
import id.djpk.portal.visit.VisitForm;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitRules;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitSubmission;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The desk records a request that reached DJPK by WhatsApp or e-mail instead of the public form: the same form,
 * the letter as received, and when it was received, so that the circular's notice period counts from that moment
 * (not from when the desk typed it in). The service checks the same input and rules as for the public form.
 */
@Named
@ViewScoped
public class VisitIntakeBean implements Serializable {

    /** Rows for guests: the most a request may list (four with the head of region) and two more for a breach. */
    static final int GUEST_ROWS = VisitRules.GUESTS_WITH_HEAD + 2;

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("institution", "intake:institution"),
            Map.entry("region_code", "intake:region"), Map.entry("contact_name", "intake:contactName"),
            Map.entry("email", "intake:email"), Map.entry("phone", "intake:phone"), Map.entry("mode", "intake:mode"),
            Map.entry("topics", "intake:topics"), Map.entry("preferred_unit", "intake:unit"),
            Map.entry("letter_number", "intake:letterNumber"), Map.entry("letter_date", "intake:letterDate"),
            Map.entry("letter", "intake:letter"), Map.entry("guests", "intake:guests"),
            Map.entry("preferred_dates", "intake:date1"));

    @Inject
    private VisitService visits;

    @Inject
    private VisitDesk desk;
    @Inject
    private ReferenceData reference;

    /** The text fields, bound as they are; topics, dates and guests are put in on saving. */
    private final VisitForm form = new VisitForm();
    private LocalDate receivedDate;
    private String receivedTime;
    private List<String> topics = new ArrayList<>();
    private LocalDate letterDate;
    private LocalDate date1;
    private LocalDate date2;
    private LocalDate date3;
    private final List<GuestRow> guests = Stream.generate(GuestRow::new).limit(GUEST_ROWS)
            .collect(Collectors.toCollection(ArrayList::new));
    private transient Part letter;

    /** A guest row of the form; blank rows are left out. */
    public static class GuestRow implements Serializable {
        private String name;
        private String position;
        private boolean head;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public boolean isHead() { return head; }
        public void setHead(boolean head) { this.head = head; }

        boolean blank() {
            return (name == null || name.isBlank()) && (position == null || position.isBlank());
        }
    }

    /** Not a regional government (a ministry, university, bank): E.3.c.5's quota of its region does not apply. */
    public boolean isOtherVisitor() {
        return !form.isRegionalGovernment();
    }

    public void setOtherVisitor(boolean other) {
        form.setRegionalGovernment(!other);
    }

    public String save() {
        Instant receivedAt;
        try {
            receivedAt = receivedAt();
        } catch (IllegalArgumentException e) {
            FacesMessages.error("visit.intakeReceivedInvalid");
            return null;
        }
        form.setTopics(String.join(";", topics));
        form.setLetterDate(letterDate == null ? null : letterDate.toString());
        form.setPreferredDates(Stream.of(date1, date2, date3).filter(Objects::nonNull).map(LocalDate::toString)
                .collect(Collectors.joining(";")));
        form.setGuests(guests.stream().filter(g -> !g.blank())
                .map(g -> new GuestEntry(g.getName(), g.getPosition(), g.isHead())).toList());
        boolean hasLetter = letter != null && letter.getSize() > 0;
        try (InputStream in = hasLetter ? letter.getInputStream() : null) {
            VisitSubmission s = visits.submit(form, in, hasLetter ? letter.getSubmittedFileName() : null, receivedAt);
            FacesMessages.info("visit.intakeSaved", s.code());
            return "/kunjungan/permohonan.xhtml?faces-redirect=true&kode=" + s.code();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When it was received ({@link VisitDesk#receivedAt}); a time without a date, or a malformed time, is refused. */
    Instant receivedAt() {
        boolean noTime = receivedTime == null || receivedTime.isBlank();
        if (receivedDate == null && !noTime) {
            throw new IllegalArgumentException("time without date");
        }
        return desk.receivedAt(receivedDate, noTime ? null : parseTime(receivedTime.trim()));
    }

    private static LocalTime parseTime(String s) {
        if (!s.matches("([01]?\\d|2[0-3])[.:][0-5]\\d")) {
            throw new IllegalArgumentException(s);
        }
        String[] p = s.split("[.:]");
        return LocalTime.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    public LocalDate getToday() { return visits.today(); }
    public List<Topic> getTopicChoices() { return reference.subjectTopics(); }
    public VisitMode[] getModes() { return VisitMode.values(); }
    public List<GuestRow> getGuests() { return guests; }

    public VisitForm getForm() { return form; }
    public LocalDate getReceivedDate() { return receivedDate; }
    public void setReceivedDate(LocalDate receivedDate) { this.receivedDate = receivedDate; }
    public String getReceivedTime() { return receivedTime; }
    public void setReceivedTime(String receivedTime) { this.receivedTime = receivedTime; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
    public LocalDate getLetterDate() { return letterDate; }
    public void setLetterDate(LocalDate letterDate) { this.letterDate = letterDate; }
    public LocalDate getDate1() { return date1; }
    public void setDate1(LocalDate date1) { this.date1 = date1; }
    public LocalDate getDate2() { return date2; }
    public void setDate2(LocalDate date2) { this.date2 = date2; }
    public LocalDate getDate3() { return date3; }
    public void setDate3(LocalDate date3) { this.date3 = date3; }
    public Part getLetter() { return letter; }
    public void setLetter(Part letter) { this.letter = letter; }
}
