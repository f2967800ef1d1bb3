package id.djpk.portal.lapor;

import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.system.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A region's report for a type and period, under its receipt. Received → (in review) → accepted, or returned with the
 * unit's reason, after which the region sends a corrected version on the same receipt (its files get the next
 * version, the first receipt time and its on-time judgement stay). A new submission of the same report supersedes
 * this one (both kept). The transitions are package-private and refuse what the workflow does not allow; each appends
 * a {@link LaporEvent}.
 */
@Entity
@Table(name = "lapor_submission")
@NamedQuery(name = "LaporSubmission.byReceipt", query = "SELECT s FROM LaporSubmission s WHERE s.receipt = :receipt")
@NamedQuery(name = "LaporSubmission.sameReport", query = "SELECT s FROM LaporSubmission s WHERE s.regionCode = :region "
        + "AND s.typeCode = :type AND s.period = :period ORDER BY s.receivedAt")
@NamedQuery(name = "LaporSubmission.firstReceivedBetween", query = "SELECT s.typeCode, s.onTime, COUNT(s) FROM LaporSubmission s "
        + "WHERE s.receivedAt >= :from AND s.receivedAt < :to AND s.supersedes IS NULL GROUP BY s.typeCode, s.onTime")
@NamedQuery(name = "LaporSubmission.bySourceMessage", query = "SELECT s.receipt FROM LaporSubmission s WHERE s.sourceMessageId = :id")
@NamedQuery(name = "LaporSubmission.firstReceived", query = "SELECT MIN(s.receivedAt) FROM LaporSubmission s")
public class LaporSubmission implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private String receipt;
    @Column(name = "access_hash")
    private String accessHash;
    @Column(name = "type_code")
    private String typeCode;
    private String period;
    @Column(name = "region_code")
    private String regionCode;
    private String institution;
    @Column(name = "sender_name")
    private String senderName;
    private String email;
    /** The language of the page the requester used ({@code id} or {@code en}): their e-mails are written in it. */
    @Column(nullable = false, length = 2)
    private String language = LetterTexts.INDONESIAN;
    private String phone;
    private String note;
    @Column(name = "received_at")
    private Instant receivedAt;
    private LocalDate deadline;
    @Column(name = "on_time")
    private Boolean onTime;
    @Enumerated(EnumType.STRING)
    private LaporStatus status;
    @Column(name = "file_version")
    private int fileVersion;
    /** The receipt of the earlier version this one replaces, if any (then it is not counted again). */
    private String supersedes;
    @Column(name = "superseded_by")
    private String supersededBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    /** The unit's reason for the last return. */
    private String reason;
    /** The Message-ID of the e-mail it was classified from (the lapor mailbox), null for the form and the API. */
    @Column(name = "source_message_id")
    private String sourceMessageId;
    @Version
    private int version;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
    @OrderBy("fileVersion, id")
    private List<LaporFile> files = new ArrayList<>();

    @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<LaporEvent> events = new ArrayList<>();

    protected LaporSubmission() {
    }

    LaporSubmission(String receipt, String accessHash, LaporType type, Period period, LaporForm form, Instant received,
            LocalDate deadline, Boolean onTime, String supersedes) {
        this.receipt = receipt;
        this.accessHash = accessHash;
        this.typeCode = type.getCode();
        this.period = period.format();
        this.regionCode = form.getRegionCode().strip();
        this.institution = LaporForm.trimmed(form.getInstitution());
        this.senderName = form.getName().strip();
        this.email = form.getEmail().strip();
        this.language = LetterTexts.language(LetterTexts.locale(form.getLanguage()));
        this.phone = LaporForm.trimmed(form.getPhone());
        this.note = LaporForm.trimmed(form.getNote());
        this.receivedAt = received;
        this.deadline = deadline;
        this.onTime = onTime;
        this.status = LaporStatus.RECEIVED;
        this.fileVersion = 1;
        this.supersedes = supersedes;
        append(received, LaporEvent.Kind.RECEIVED, "public", supersedes == null ? null : "supersedes " + supersedes);
    }

    /** It was sent by e-mail and classified by staff: the message it came from. */
    void cameByEmail(String messageId) {
        this.sourceMessageId = messageId;
    }

    void addFile(LaporFile file) {
        files.add(file);
    }

    /** The PIC opens it for review. */
    void review(String actor, Instant at) {
        if (status != LaporStatus.RECEIVED) {
            throw new BusinessException("lapor.notOpen", receipt);
        }
        status = LaporStatus.IN_REVIEW;
        append(at, LaporEvent.Kind.IN_REVIEW, actor, null);
    }

    void accept(String actor, Instant at) {
        decide(LaporStatus.ACCEPTED, actor, at, null);
        append(at, LaporEvent.Kind.ACCEPTED, actor, null);
    }

    void returnFor(String reasonText, String actor, Instant at) {
        decide(LaporStatus.RETURNED, actor, at, reasonText);
        append(at, LaporEvent.Kind.RETURNED, actor, reasonText);
    }

    private void decide(LaporStatus outcome, String actor, Instant at, String reasonText) {
        if (!status.isOpen()) {
            throw new BusinessException("lapor.notOpen", receipt);
        }
        status = outcome;
        decidedAt = at;
        decidedBy = actor;
        if (reasonText != null) {
            reason = reasonText;
        }
    }

    /** The region's corrected version after a return: the next file version, back to the PIC. */
    int correct(String noteText, Instant at) {
        if (status != LaporStatus.RETURNED) {
            throw new BusinessException("lapor.notReturned", receipt);
        }
        status = LaporStatus.RECEIVED;
        fileVersion++;
        decidedAt = null;
        decidedBy = null;
        append(at, LaporEvent.Kind.CORRECTED, "public", noteText);
        return fileVersion;
    }

    /** A newer version of the same report arrived under its own receipt. */
    void supersede(String newer, Instant at) {
        status = LaporStatus.SUPERSEDED;
        supersededBy = newer;
        append(at, LaporEvent.Kind.SUPERSEDED, "public", newer);
    }

    boolean accessCodeMatches(String code) {
        return AccessCode.matches(code, accessHash);
    }

    private void append(Instant at, LaporEvent.Kind kind, String actor, String noteText) {
        events.add(new LaporEvent(this, at, kind, actor, noteText));
    }

    public Long getId() { return id; }
    public String getReceipt() { return receipt; }
    /** The submission as {@link Resubmission} weighs a report sent again for its region, type and period. */
    Resubmission.Earlier asEarlier() {
        return new Resubmission.Earlier(receipt, new Resubmission.Key(regionCode, typeCode, period), receivedAt,
                supersededBy != null, files.stream().map(LaporFile::getSha256).collect(java.util.stream.Collectors.toSet()));
    }

    public String getTypeCode() { return typeCode; }
    public String getPeriod() { return period; }
    public String getRegionCode() { return regionCode; }
    public String getInstitution() { return institution; }
    public String getSenderName() { return senderName; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public String getPhone() { return phone; }
    public String getNote() { return note; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getDeadline() { return deadline; }
    public Boolean getOnTime() { return onTime; }
    public LaporStatus getStatus() { return status; }
    public int getFileVersion() { return fileVersion; }
    public String getSupersedes() { return supersedes; }
    public String getSupersededBy() { return supersededBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReason() { return reason; }
    public String getSourceMessageId() { return sourceMessageId; }
    public List<LaporFile> getFiles() { return List.copyOf(files); }
    public List<LaporEvent> getEvents() { return List.copyOf(events); }

    /** The files of the version in force (the latest correction's, or the first). */
    public List<LaporFile> getCurrentFiles() {
        return files.stream().filter(f -> f.getFileVersion() == fileVersion).toList();
    }
}
