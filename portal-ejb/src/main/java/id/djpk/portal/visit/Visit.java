package id.djpk.portal.visit;

import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.system.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request for a consultation visit or video conference, from the letter to the minutes. The transitions
 * are package-private and check the state they start from; each appends a {@link VisitEvent}. The
 * circular's rules that need other bookings (sessions, quota) are checked by {@link VisitService}.
 */
@Entity
@Table(name = "visit")
@NamedQuery(name = "Visit.byCode", query = "SELECT v FROM Visit v WHERE v.bookingCode = :code")
@NamedQuery(name = "Visit.byConfirmation", query = "SELECT v FROM Visit v WHERE v.confirmationNumber = :number")
@NamedQuery(name = "Visit.byLetter", query = "SELECT v FROM Visit v WHERE v.regionCode = :region AND v.letterNumber = :number")
@NamedQuery(name = "Visit.requested", query = "SELECT v FROM Visit v WHERE v.status = id.djpk.portal.visit.VisitStatus.REQUESTED "
        + "ORDER BY v.receivedAt, v.id")
@NamedQuery(name = "Visit.scheduledBetween", query = "SELECT v FROM Visit v WHERE v.slotDate BETWEEN :from AND :to "
        + "AND v.status IN :statuses ORDER BY v.slotDate, v.slotNumber, v.id")
@NamedQuery(name = "Visit.regionCount", query = "SELECT COUNT(v) FROM Visit v WHERE v.regionCode = :region "
        + "AND v.regionalGovernment = TRUE AND v.mode = id.djpk.portal.visit.VisitMode.TATAP_MUKA AND v.slotDate BETWEEN :from AND :to "
        + "AND v.status IN (id.djpk.portal.visit.VisitStatus.CONFIRMED, id.djpk.portal.visit.VisitStatus.HELD)")
public class Visit implements Serializable {

    static final int REASON_MAX = 2000;
    static final int LINK_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "booking_code")
    private String bookingCode;
    @Column(name = "access_hash")
    private String accessHash;

    private String institution;
    @Column(name = "region_code")
    private String regionCode;
    /** A Pemda (or its DPRD) books against its region's monthly quota; other visitors do not (E.3.c.5). */
    @Column(name = "regional_government")
    private boolean regionalGovernment = true;
    @Column(name = "contact_name")
    private String contactName;
    private String email;
    /** The language of the page the requester used ({@code id} or {@code en}): their e-mails are written in it. */
    @Column(nullable = false, length = 2)
    private String language = LetterTexts.INDONESIAN;
    private String phone;
    @Enumerated(EnumType.STRING)
    private VisitMode mode;
    private String topics;
    @Column(name = "preferred_unit")
    private String preferredUnit;
    @Column(name = "letter_number")
    private String letterNumber;
    @Column(name = "letter_date")
    private LocalDate letterDate;
    @Column(name = "letter_key")
    private String letterKey;
    @Column(name = "letter_sha256")
    private String letterSha256;
    @Column(name = "letter_size")
    private long letterSize;
    @Column(name = "preferred_dates")
    private String preferredDates;
    @Column(name = "head_comes")
    private boolean headComes;

    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "receipt_day")
    private LocalDate receiptDay;
    @Column(name = "earliest_date")
    private LocalDate earliestDate;
    @Enumerated(EnumType.STRING)
    private VisitStatus status;

    @Column(name = "slot_date")
    private LocalDate slotDate;
    @Column(name = "slot_number")
    private Integer slotNumber;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "meeting_link")
    private String meetingLink;
    @Column(name = "confirmation_number")
    private String confirmationNumber;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "closed_reason")
    private String closedReason;
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "guests_arrived")
    private Integer guestsArrived;
    @Column(name = "guests_admitted")
    private Integer guestsAdmitted;
    @Column(name = "guest_breach")
    private boolean guestBreach;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by")
    private String checkedInBy;

    @Column(name = "minutes_key")
    private String minutesKey;
    @Column(name = "minutes_sha256")
    private String minutesSha256;
    @Column(name = "attendance_key")
    private String attendanceKey;
    @Column(name = "attendance_sha256")
    private String attendanceSha256;
    @Column(name = "recording_link")
    private String recordingLink;
    @Column(name = "minutes_at")
    private Instant minutesAt;
    @Column(name = "minutes_by")
    private String minutesBy;

    @Version
    private int version;

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("positionNo")
    private List<VisitGuest> guests = new ArrayList<>();

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("at, id")
    private List<VisitEvent> events = new ArrayList<>();

    protected Visit() {
    }

    Visit(String bookingCode, String accessHash, VisitForm form, StoredFile letter, Instant receivedAt,
            LocalDate receiptDay, LocalDate earliestDate) {
        this.bookingCode = bookingCode;
        this.accessHash = accessHash;
        this.institution = form.getInstitution().trim();
        this.regionCode = form.getRegionCode().trim();
        this.regionalGovernment = form.isRegionalGovernment();
        this.contactName = form.getContactName().trim();
        this.email = form.getEmail().trim();
        this.language = LetterTexts.language(LetterTexts.locale(form.getLanguage()));
        this.phone = form.getPhone().trim();
        this.mode = form.getMode();
        this.topics = String.join(";", form.topicCodes());
        this.preferredUnit = VisitForm.trimToNull(form.getPreferredUnit());
        this.letterNumber = form.getLetterNumber().trim();
        this.letterDate = form.letterDateValue();
        this.letterKey = letter.storageKey();
        this.letterSha256 = letter.sha256();
        this.letterSize = letter.sizeBytes();
        this.preferredDates = String.join(";", form.preferredDateValues().stream().map(LocalDate::toString).toList());
        this.receivedAt = receivedAt;
        this.receiptDay = receiptDay;
        this.earliestDate = earliestDate;
        this.status = VisitStatus.REQUESTED;
        int n = 1;
        for (GuestEntry g : form.getGuests()) {
            guests.add(new VisitGuest(this, n++, g.name().trim(), g.position().trim(), g.head(), true));
        }
        this.headComes = VisitRules.headComes(form.getGuests());
        events.add(new VisitEvent(this, receivedAt, VisitEvent.Kind.RECEIVED, "public", true,
                letterNumber + " (" + letterDate + ")"));
    }

    // ---------------------------------------------------------------- transitions

    void confirm(Slot slot, String unit, String link, String confirmation, String actor, Instant now) {
        requireStatus(VisitStatus.REQUESTED, "visit.notRequested");
        this.slotDate = slot.date();
        this.slotNumber = slot.number();
        this.unitCode = unit;
        this.meetingLink = link;
        this.confirmationNumber = confirmation;
        this.confirmedAt = now;
        this.confirmedBy = actor;
        this.status = VisitStatus.CONFIRMED;
        events.add(new VisitEvent(this, now, VisitEvent.Kind.CONFIRMED, actor, true, slot.date() + " #" + slot.number()
                + ", " + confirmation));
    }

    void reschedule(Slot slot, String actor, Instant now, String note) {
        requireStatus(VisitStatus.CONFIRMED, "visit.notConfirmed");
        String from = slotDate + " #" + slotNumber;
        this.slotDate = slot.date();
        this.slotNumber = slot.number();
        events.add(new VisitEvent(this, now, VisitEvent.Kind.RESCHEDULED, actor, true,
                from + " -> " + slot.date() + " #" + slot.number() + (note == null ? "" : ": " + note)));
    }

    void renumber(String confirmation) {
        this.confirmationNumber = confirmation;
    }

    void cancel(String reason, String actor, Instant now) {
        if (status.closed() || status == VisitStatus.HELD) {
            throw new BusinessException("visit.closed", bookingCode);
        }
        this.status = VisitStatus.CANCELLED;
        this.closedReason = reason;
        this.closedAt = now;
        events.add(new VisitEvent(this, now, VisitEvent.Kind.CANCELLED, actor, true, reason));
    }

    void noShow(String actor, Instant now) {
        requireStatus(VisitStatus.CONFIRMED, "visit.notConfirmed");
        this.status = VisitStatus.NO_SHOW;
        this.closedAt = now;
        events.add(new VisitEvent(this, now, VisitEvent.Kind.NO_SHOW, actor, true, null));
    }

    /**
     * Reception's record: which listed guests came, and who came without being listed. The first
     * {@code admission.admitted()} of those who came are admitted, listed guests (the head of region
     * first) before the others.
     */
    void checkIn(Set<Integer> listedArrived, List<String> unlisted, Admission admission, String actor, Instant now,
            String lateReason) {
        requireStatus(VisitStatus.CONFIRMED, "visit.notConfirmed");
        int n = guests.size() + 1;
        for (VisitGuest g : guests) {
            g.arrive(listedArrived.contains(g.getPositionNo()));
        }
        for (String name : unlisted) {
            VisitGuest g = new VisitGuest(this, n++, name, "-", false, false);
            g.arrive(true);
            guests.add(g);
        }
        int admitted = 0;
        List<VisitGuest> order = new ArrayList<>(guests);
        order.sort((a, b) -> a.isListed() != b.isListed() ? (a.isListed() ? -1 : 1)
                : a.isHead() != b.isHead() ? (a.isHead() ? -1 : 1) : Integer.compare(a.getPositionNo(), b.getPositionNo()));
        for (VisitGuest g : order) {
            boolean in = g.isArrived() && admitted < admission.admitted();
            g.admit(in);
            if (in) {
                admitted++;
            }
        }
        this.guestsArrived = admission.arrived();
        this.guestsAdmitted = admission.admitted();
        this.guestBreach = admission.breach();
        this.checkedInAt = now;
        this.checkedInBy = actor;
        this.status = VisitStatus.HELD;
        events.add(new VisitEvent(this, now, VisitEvent.Kind.CHECKED_IN, actor, true,
                admission.arrived() + " arrived, " + admission.admitted() + " admitted"
                        + (admission.breach() ? ", breach of E.3.c.6 (allowed " + admission.allowed() + ")" : "")
                        + (lateReason == null ? "" : "; late: " + lateReason)));
    }

    /** A video conference is held when the desk records its minutes or recording. */
    void recordMinutes(StoredFile minutes, StoredFile attendance, String recording, String actor, Instant now) {
        if (mode == VisitMode.VIDEO_CONFERENCE && status == VisitStatus.CONFIRMED) {
            status = VisitStatus.HELD;
        }
        if (status != VisitStatus.HELD) {
            throw new BusinessException("visit.notHeld");
        }
        if (minutes != null) {
            minutesKey = minutes.storageKey();
            minutesSha256 = minutes.sha256();
        }
        if (attendance != null) {
            attendanceKey = attendance.storageKey();
            attendanceSha256 = attendance.sha256();
        }
        if (recording != null) {
            recordingLink = recording;
        }
        minutesAt = now;
        minutesBy = actor;
        events.add(new VisitEvent(this, now, VisitEvent.Kind.MINUTES, actor, false,
                (minutes == null ? "" : "BAK " + minutes.sha256()) + (attendance == null ? "" : ", daftar hadir")
                        + (recording == null ? "" : ", rekaman")));
    }

    private void requireStatus(VisitStatus expected, String key) {
        if (status != expected) {
            throw new BusinessException(status.closed() ? "visit.closed" : key, bookingCode);
        }
    }

    boolean accessCodeMatches(String accessCode) {
        return AccessCode.matches(accessCode, accessHash);
    }

    // ---------------------------------------------------------------- reading

    public Slot getSlot() {
        return slotDate == null ? null : new Slot(slotDate, slotNumber);
    }

    public List<String> topicCodes() {
        return VisitForm.split(topics);
    }

    public List<LocalDate> preferredDateValues() {
        return VisitForm.split(preferredDates).stream().map(LocalDate::parse).toList();
    }

    public List<VisitEvent> publicEvents() {
        return events.stream().filter(VisitEvent::isPublicEvent).toList();
    }

    public int allowedGuests() {
        return headComes ? VisitRules.GUESTS_WITH_HEAD : VisitRules.GUESTS;
    }

    public List<VisitGuest> listedGuests() {
        return guests.stream().filter(VisitGuest::isListed).toList();
    }

    public Long getId() { return id; }
    public String getBookingCode() { return bookingCode; }
    public String getInstitution() { return institution; }
    public String getRegionCode() { return regionCode; }
    public boolean isRegionalGovernment() { return regionalGovernment; }

    /** Whether E.3.c.5's monthly quota of its region applies: a face-to-face visit of a Pemda. */
    public boolean countsAgainstQuota() {
        return regionalGovernment && mode == VisitMode.TATAP_MUKA;
    }
    public String getContactName() { return contactName; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public String getPhone() { return phone; }
    public VisitMode getMode() { return mode; }
    public String getTopics() { return topics; }
    public String getPreferredUnit() { return preferredUnit; }
    public String getLetterNumber() { return letterNumber; }
    public LocalDate getLetterDate() { return letterDate; }
    public String getLetterKey() { return letterKey; }
    public String getLetterSha256() { return letterSha256; }
    public boolean isHeadComes() { return headComes; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceiptDay() { return receiptDay; }
    public LocalDate getEarliestDate() { return earliestDate; }
    public VisitStatus getStatus() { return status; }
    public LocalDate getSlotDate() { return slotDate; }
    public Integer getSlotNumber() { return slotNumber; }
    public String getUnitCode() { return unitCode; }
    public String getMeetingLink() { return meetingLink; }
    public String getConfirmationNumber() { return confirmationNumber; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getClosedReason() { return closedReason; }
    public Integer getGuestsArrived() { return guestsArrived; }
    public Integer getGuestsAdmitted() { return guestsAdmitted; }
    public boolean isGuestBreach() { return guestBreach; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public String getMinutesKey() { return minutesKey; }
    public String getMinutesSha256() { return minutesSha256; }
    public String getAttendanceKey() { return attendanceKey; }
    public String getRecordingLink() { return recordingLink; }
    public Instant getMinutesAt() { return minutesAt; }
    public String getMinutesBy() { return minutesBy; }
    public List<VisitGuest> getGuests() { return List.copyOf(guests); }
    public List<VisitEvent> getEvents() { return List.copyOf(events); }
}
