package id.djpk.portal.ppid;

import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
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

/**
 * A request for public information (art. 22 UU 14/2008) and everything that follows from it: the legal
 * clock, the one extension, the PPID's decision and the objection to the superior. The transitions are
 * package-private and check the law's rules themselves, so {@link PpidService} cannot skip one; each
 * appends a {@link RequestEvent} to the timeline.
 */
@Entity
@Table(name = "ppid_request")
@NamedQuery(name = "InformationRequest.byNumber",
        query = "SELECT r FROM InformationRequest r WHERE r.trackingNumber = :number")
@NamedQuery(name = "InformationRequest.open", query = "SELECT r FROM InformationRequest r WHERE r.status IN "
        + "(id.djpk.portal.ppid.RequestStatus.RECEIVED, id.djpk.portal.ppid.RequestStatus.EXTENDED, "
        + "id.djpk.portal.ppid.RequestStatus.OBJECTED) ORDER BY r.dueDate, r.id")
@NamedQuery(name = "InformationRequest.receivedBetween", query = "SELECT COUNT(r) FROM InformationRequest r "
        + "WHERE r.receiptDay BETWEEN :from AND :to")
@NamedQuery(name = "InformationRequest.receivedPerDay", query = "SELECT r.receiptDay, COUNT(r) FROM InformationRequest r "
        + "WHERE r.receiptDay BETWEEN :from AND :to GROUP BY r.receiptDay")
// the figures read values, not entities: no request with its events is loaded (and change-tracked) for a count
@NamedQuery(name = "InformationRequest.decidedBetween", query = "SELECT r.decision, r.receiptDay, r.decisionDay "
        + "FROM InformationRequest r WHERE r.decisionDay BETWEEN :from AND :to")
@NamedQuery(name = "InformationRequest.dueBetween", query = "SELECT r.dueDate, r.decisionDay FROM InformationRequest r "
        + "WHERE r.dueDate BETWEEN :from AND :to")
@NamedQuery(name = "InformationRequest.objectedBetween", query = "SELECT COUNT(r) FROM InformationRequest r "
        + "WHERE r.objectionDay BETWEEN :from AND :to")
@NamedQuery(name = "InformationRequest.topicsBetween", query = "SELECT r.topicCode, COUNT(r) FROM InformationRequest r "
        + "WHERE r.receiptDay BETWEEN :from AND :to GROUP BY r.topicCode")
@NamedQuery(name = "InformationRequest.scansClosedBefore", query = "SELECT r FROM InformationRequest r "
        + "WHERE r.scanKey IS NOT NULL AND ((r.status = :decided AND r.decidedAt < :before) "
        + "OR (r.status = :objectionDecided AND r.objectionDecidedAt < :before)) ORDER BY r.id")
@NamedQuery(name = "InformationRequest.plainScans", query = "SELECT r FROM InformationRequest r "
        + "WHERE r.scanKey IS NOT NULL AND r.scanKey NOT LIKE 'sealed/%' ORDER BY r.id")
@NamedQuery(name = "InformationRequest.countByScanKey", query = "SELECT COUNT(r) FROM InformationRequest r WHERE r.scanKey = :key")
@NamedQuery(name = "InformationRequest.objectionDecidedBetween", query = "SELECT r.objectionOutcome, COUNT(r) "
        + "FROM InformationRequest r WHERE r.objectionDecidedAt >= :from AND r.objectionDecidedAt < :to "
        + "GROUP BY r.objectionOutcome")
public class InformationRequest implements Serializable {

    static final int TEXT_MAX = 4000;
    static final int HOLDING_BODY_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "tracking_number")
    private String trackingNumber;
    @Column(name = "access_hash")
    private String accessHash;

    @Column(name = "requester_name")
    private String name;
    private String nik;
    @Column(name = "organization_basis")
    private String organizationBasis;
    private String address;
    private String occupation;
    private String phone;
    private String email;
    /** The language of the page the requester used ({@code id} or {@code en}): their e-mails are written in it. */
    @Column(nullable = false, length = 2)
    private String language = LetterTexts.INDONESIAN;
    private String information;
    private String purpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "obtain_method")
    private ObtainMethod obtainMethod;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method")
    private DeliveryMethod deliveryMethod;
    private boolean consent;

    @Column(name = "scan_key")
    private String scanKey;
    @Column(name = "scan_media_type")
    private String scanMediaType;
    @Column(name = "scan_size")
    private Long scanSize;
    @Column(name = "scan_sha256")
    private String scanSha256;
    /** When the ID scan was removed at the end of its retention period (its type, size and hash stay). */
    @Column(name = "scan_removed_at")
    private Instant scanRemovedAt;

    @Column(name = "received_at")
    private Instant receivedAt;
    /** The Message-ID of the PPID mailbox's e-mail the request was made from, if it was. */
    @Column(name = "source_email")
    private String sourceEmail;
    @Column(name = "receipt_day")
    private LocalDate receiptDay;
    /** The due date of art. 22(7), kept after an extension so the extension can be explained from it. */
    @Column(name = "first_due")
    private LocalDate firstDue;
    /** The due date now in force: the first one, or the extended one. */
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "extension_days")
    private Integer extensionDays;
    @Column(name = "extension_reason")
    private String extensionReason;
    @Column(name = "extended_at")
    private Instant extendedAt;
    @Column(name = "extended_by")
    private String extendedBy;

    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "decision_text")
    private String decisionText;
    @Enumerated(EnumType.STRING)
    @Column(name = "exemption_ground")
    private ExemptionGround exemptionGround;
    @Column(name = "consequence_test")
    private String consequenceTest;
    @Column(name = "holding_body")
    private String holdingBody;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_day")
    private LocalDate decisionDay;
    @Column(name = "decided_by")
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_ground")
    private ObjectionGround objectionGround;
    @Column(name = "objection_reason")
    private String objectionReason;
    @Column(name = "objection_filed_at")
    private Instant objectionFiledAt;
    @Column(name = "objection_day")
    private LocalDate objectionDay;
    @Column(name = "objection_due")
    private LocalDate objectionDue;
    @Enumerated(EnumType.STRING)
    @Column(name = "objection_outcome")
    private ObjectionOutcome objectionOutcome;
    @Column(name = "objection_text")
    private String objectionText;
    @Column(name = "objection_decided_at")
    private Instant objectionDecidedAt;
    @Column(name = "objection_decided_by")
    private String objectionDecidedBy;

    /** The kind of information asked, set by the officer, for the monthly figures. */
    @Column(name = "topic_code")
    private String topicCode;

    @Version
    private int version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("at, id")
    private List<RequestEvent> events = new ArrayList<>();

    protected InformationRequest() {
    }

    /** A request received at {@code receivedAt}; the form must have been validated. */
    InformationRequest(String trackingNumber, String accessHash, RequestForm form, StoredFile idScan,
            PpidDeadlines deadlines, Instant receivedAt) {
        this.trackingNumber = trackingNumber;
        this.accessHash = accessHash;
        this.name = form.getName().trim();
        this.nik = RequestForm.trimToNull(form.getNik());
        this.organizationBasis = RequestForm.trimToNull(form.getOrganizationBasis());
        this.address = form.getAddress().trim();
        this.occupation = form.getOccupation().trim();
        this.phone = form.getPhone().trim();
        this.email = RequestForm.trimToNull(form.getEmail());
        this.language = LetterTexts.language(LetterTexts.locale(form.getLanguage()));
        this.information = form.getInformation().trim();
        this.purpose = form.getPurpose().trim();
        this.obtainMethod = form.getObtainMethod();
        this.deliveryMethod = form.getDeliveryMethod();
        this.consent = form.isConsent();
        if (idScan != null) {
            scanKey = idScan.storageKey();
            scanMediaType = idScan.mediaType();
            scanSize = idScan.sizeBytes();
            scanSha256 = idScan.sha256();
        }
        this.receivedAt = receivedAt;
        this.receiptDay = deadlines.receiptDay(receivedAt);
        this.firstDue = deadlines.answer(receiptDay).due();
        this.dueDate = firstDue;
        this.status = RequestStatus.RECEIVED;
        // the requester acts without an account: "public", as in the audit trail, not the name typed in the form
        append(receivedAt, RequestEvent.Kind.RECEIVED, AuditTrail.PUBLIC, true, RequestEvent.DUE + dueDate);
    }

    /**
     * Whether the one extension of art. 22(8) may still be given at {@code now}: the request awaits a decision, was
     * not extended yet, and its first period has not run out (afterwards it is simply late).
     */
    public boolean mayExtend(PpidDeadlines deadlines, Instant now) {
        return status.awaitsDecision() && extensionDays == null && !deadlines.officeDay(now).isAfter(dueDate);
    }

    /** Art. 22(8): once, by at most 7 working days counted after the first due date, with written reasons. */
    Deadline extend(Integer days, String reason, PpidDeadlines deadlines, String actor, Instant now) {
        if (!status.awaitsDecision()) {
            throw new BusinessException("ppid.notAwaitingDecision", trackingNumber);
        }
        if (extensionDays != null) {
            throw new BusinessException("ppid.alreadyExtended", trackingNumber);
        }
        // the notice of extension belongs inside the first period; afterwards the request is simply late
        if (deadlines.officeDay(now).isAfter(dueDate)) {
            throw new BusinessException("ppid.extensionTooLate", dueDate);
        }
        List<Violation> v = new ArrayList<>();
        if (days == null || days < 1 || days > PpidDeadlines.MAX_EXTENSION_DAYS) {
            v.add(Violation.of("days", "ppid.extensionDaysOutOfRange", 1, PpidDeadlines.MAX_EXTENSION_DAYS));
        }
        requiredText(v, "reason", reason, TEXT_MAX);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Deadline extended = deadlines.extension(firstDue, days);
        extensionDays = days;
        extensionReason = reason.trim();
        extendedAt = now;
        extendedBy = actor;
        dueDate = extended.due();
        status = RequestStatus.EXTENDED;
        append(now, RequestEvent.Kind.EXTENDED, actor, true, extensionReason);
        return extended;
    }

    /**
     * The written notice of art. 22(7). Withholding anything (rejected, partly granted) needs an art. 17
     * ground and the consequence test; a late decision is still taken, the figures count it as late.
     */
    void decide(Decision outcome, String text, ExemptionGround ground, String consequence, String holder,
            String actor, PpidDeadlines deadlines, Instant now) {
        if (!status.awaitsDecision()) {
            throw new BusinessException("ppid.notAwaitingDecision", trackingNumber);
        }
        List<Violation> v = new ArrayList<>();
        if (outcome == null) {
            v.add(Violation.of("decision", "ppid.choiceRequired"));
        }
        requiredText(v, "decision_text", text, TEXT_MAX);
        if (outcome != null && outcome.withholds()) {
            if (ground == null) {
                v.add(Violation.of("exemption_ground", "ppid.exemptionGroundRequired"));
            }
            requiredText(v, "consequence_test", consequence, TEXT_MAX);
        }
        if (outcome == Decision.NOT_HELD && holder != null && holder.trim().length() > HOLDING_BODY_MAX) {
            v.add(Violation.of("holding_body", "ppid.tooLong", HOLDING_BODY_MAX));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        decision = outcome;
        decisionText = text.trim();
        exemptionGround = outcome.withholds() ? ground : null;
        consequenceTest = outcome.withholds() ? consequence.trim() : null;
        holdingBody = outcome == Decision.NOT_HELD ? RequestForm.trimToNull(holder) : null;
        decidedAt = now;
        decisionDay = deadlines.officeDay(now);
        decidedBy = actor;
        status = RequestStatus.DECIDED;
        append(now, RequestEvent.Kind.DECIDED, actor, true, outcome.name());
    }

    /**
     * Art. 35–36(1): one objection, within 30 working days of the decision. Ground (c) "not answered" is the
     * exception: it exists only for an undecided request whose due date has passed, and its 30 days run from
     * that due date. The superior's 30 working days run from the day of receipt of the objection.
     */
    Deadline fileObjection(ObjectionGround ground, String reason, PpidDeadlines deadlines, Instant now) {
        if (objectionGround != null) {
            throw new BusinessException("ppid.objectionAlreadyFiled", trackingNumber);
        }
        List<Violation> v = new ArrayList<>();
        if (ground == null) {
            v.add(Violation.of("ground", "ppid.choiceRequired"));
        }
        requiredText(v, "reason", reason, TEXT_MAX);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate today = deadlines.officeDay(now);
        LocalDate groundKnown;
        if (ground == ObjectionGround.C_NOT_ANSWERED) {
            if (!status.awaitsDecision()) {
                throw new BusinessException("ppid.objectionAnswered");
            }
            if (!today.isAfter(dueDate)) {
                throw new BusinessException("ppid.objectionNotYetDue", dueDate);
            }
            groundKnown = dueDate;
        } else {
            if (status != RequestStatus.DECIDED) {
                throw new BusinessException("ppid.objectionBeforeDecision");
            }
            groundKnown = decisionDay;
        }
        LocalDate lastDay = deadlines.objectionWindow(groundKnown).due();
        if (today.isAfter(lastDay)) {
            throw new BusinessException("ppid.objectionTooLate", lastDay);
        }
        Deadline superior = deadlines.superior(deadlines.receiptDay(now));
        objectionGround = ground;
        objectionReason = reason.trim();
        objectionFiledAt = now;
        objectionDay = today;
        objectionDue = superior.due();
        status = RequestStatus.OBJECTED;
        append(now, RequestEvent.Kind.OBJECTION_FILED, AuditTrail.PUBLIC, true, ground.name());
        return superior;
    }

    /** Art. 36(2)–(3): the superior's written answer, with reasons whichever way it goes. */
    void decideObjection(ObjectionOutcome outcome, String text, String actor, Instant now) {
        if (status != RequestStatus.OBJECTED) {
            throw new BusinessException("ppid.noOpenObjection", trackingNumber);
        }
        List<Violation> v = new ArrayList<>();
        if (outcome == null) {
            v.add(Violation.of("outcome", "ppid.choiceRequired"));
        }
        requiredText(v, "objection_text", text, TEXT_MAX);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        objectionOutcome = outcome;
        objectionText = text.trim();
        objectionDecidedAt = now;
        objectionDecidedBy = actor;
        status = RequestStatus.OBJECTION_DECIDED;
        append(now, RequestEvent.Kind.OBJECTION_DECIDED, actor, true, outcome.name());
    }

    boolean accessCodeMatches(String code) {
        return AccessCode.matches(code, accessHash);
    }

    private void append(Instant at, RequestEvent.Kind kind, String actor, boolean isPublic, String note) {
        events.add(new RequestEvent(this, at, kind, actor, isPublic, note));
    }

    private static void requiredText(List<Violation> v, String field, String value, int max) {
        if (RequestForm.isBlank(value)) {
            v.add(Violation.of(field, "ppid.required"));
        } else if (value.trim().length() > max) {
            v.add(Violation.of(field, "ppid.tooLong", max));
        }
    }

    /** A copy was asked for: an electronic one, or any copy sent by e-mail. */
    public boolean expectsCopy() {
        return obtainMethod == ObtainMethod.SOFTCOPY || deliveryMethod == DeliveryMethod.EMAIL;
    }

    void classify(String topic) {
        topicCode = topic;
    }

    /** The steps the requester may see, oldest first. */
    public List<RequestEvent> getPublicEvents() {
        return events.stream().filter(RequestEvent::isPublicEvent).toList();
    }

    public List<RequestEvent> getEvents() { return List.copyOf(events); }
    public Long getId() { return id; }
    public String getTopicCode() { return topicCode; }
    public String getTrackingNumber() { return trackingNumber; }
    public String getName() { return name; }
    public String getNik() { return nik; }
    public String getOrganizationBasis() { return organizationBasis; }
    public String getAddress() { return address; }
    public String getOccupation() { return occupation; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public String getInformation() { return information; }
    public String getPurpose() { return purpose; }
    public ObtainMethod getObtainMethod() { return obtainMethod; }
    public DeliveryMethod getDeliveryMethod() { return deliveryMethod; }
    public boolean isConsent() { return consent; }
    public String getScanKey() { return scanKey; }
    public String getScanMediaType() { return scanMediaType; }
    public Long getScanSize() { return scanSize; }
    public String getScanSha256() { return scanSha256; }
    public Instant getScanRemovedAt() { return scanRemovedAt; }

    /**
     * When the request closed for good, or null while it is open: the superior's decision on an objection, or else
     * the PPID's decision (an objection may still follow within 30 working days, which any retention period outlasts).
     */
    public Instant closedAt() {
        return switch (status) {
            case OBJECTION_DECIDED -> objectionDecidedAt;
            case DECIDED -> decidedAt;
            default -> null;
        };
    }

    /** The ID scan, stored in the clear before sealing, is now kept sealed under this key. */
    void scanSealed(String sealedKey) {
        scanKey = sealedKey;
    }

    /** The ID scan's retention period ended: the request no longer names the file (the caller removes it). */
    void removeScan(Instant now) {
        if (scanKey == null) {
            throw new IllegalStateException("no ID scan to remove");
        }
        scanKey = null;
        scanRemovedAt = now;
    }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceiptDay() { return receiptDay; }
    public LocalDate getFirstDue() { return firstDue; }
    public LocalDate getDueDate() { return dueDate; }
    public RequestStatus getStatus() { return status; }
    public String getSourceEmail() { return sourceEmail; }

    /** Made by an officer from an e-mail of the PPID mailbox: kept as the request's source. */
    void fromEmail(String messageId) {
        this.sourceEmail = messageId == null || messageId.length() <= 500 ? messageId : messageId.substring(0, 500);
    }
    public Integer getExtensionDays() { return extensionDays; }
    public String getExtensionReason() { return extensionReason; }
    public Instant getExtendedAt() { return extendedAt; }
    public String getExtendedBy() { return extendedBy; }
    public Decision getDecision() { return decision; }
    public String getDecisionText() { return decisionText; }
    public ExemptionGround getExemptionGround() { return exemptionGround; }
    public String getConsequenceTest() { return consequenceTest; }
    public String getHoldingBody() { return holdingBody; }
    public Instant getDecidedAt() { return decidedAt; }
    public LocalDate getDecisionDay() { return decisionDay; }
    public String getDecidedBy() { return decidedBy; }
    public ObjectionGround getObjectionGround() { return objectionGround; }
    public String getObjectionReason() { return objectionReason; }
    public Instant getObjectionFiledAt() { return objectionFiledAt; }
    public LocalDate getObjectionDay() { return objectionDay; }
    public LocalDate getObjectionDue() { return objectionDue; }
    public ObjectionOutcome getObjectionOutcome() { return objectionOutcome; }
    public String getObjectionText() { return objectionText; }
    public Instant getObjectionDecidedAt() { return objectionDecidedAt; }
    public String getObjectionDecidedBy() { return objectionDecidedBy; }

    /**
     * Whether the requester may object now, on some ground: the rule {@link #fileObjection} enforces (art. 35–36(1)).
     * After a decision, within 30 working days of it; undecided, once the due date has passed ("not answered") and
     * within 30 working days of that due date; never a second time.
     */
    public boolean mayObject(PpidDeadlines deadlines, Instant now) {
        if (objectionGround != null) {
            return false;
        }
        LocalDate today = deadlines.officeDay(now);
        LocalDate groundKnown;
        if (status.awaitsDecision() && today.isAfter(dueDate)) {
            groundKnown = dueDate;
        } else if (status == RequestStatus.DECIDED) {
            groundKnown = decisionDay;
        } else {
            return false;
        }
        return !today.isAfter(deadlines.objectionWindow(groundKnown).due());
    }
}
