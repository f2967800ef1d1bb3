package id.djpk.portal.helpdesk;

import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.BusinessException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question and everything that follows from it: the thread, the escalation to a Layer 2 unit with its
 * callback deadline and speed score, the close with its survey, a merge into a duplicate. The transitions
 * check their own preconditions, so {@link HelpdeskService} cannot skip one.
 */
@Entity
@Table(name = "helpdesk_ticket")
@NamedQuery(name = "Ticket.byNumber", query = "SELECT t FROM Ticket t WHERE t.number = :number")
@NamedQuery(name = "Ticket.bySource", query = "SELECT t FROM Ticket t WHERE t.channel = :channel AND t.sourceRef = :ref")
@NamedQuery(name = "Ticket.ofContact", query = "SELECT t FROM Ticket t WHERE t.contact = :contact ORDER BY t.createdAt DESC")
@NamedQuery(name = "Ticket.ofRegion", query = "SELECT t FROM Ticket t WHERE t.regionCode = :region ORDER BY t.createdAt DESC")
@NamedQuery(name = "Ticket.importedRefs", query = "SELECT t.sourceRef FROM Ticket t WHERE t.sourceRef LIKE :prefix")
@NamedQuery(name = "Ticket.bySurvey", query = "SELECT t FROM Ticket t WHERE t.surveyHash = :hash")
@NamedQuery(name = "Ticket.countByEmailSince", query = "SELECT COUNT(t) FROM Ticket t "
        + "WHERE t.requesterEmail = :email AND t.createdAt >= :since")
public class Ticket implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "ticket_number")
    private String number;
    @Column(name = "access_hash")
    private String accessHash;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "source_ref")
    private String sourceRef;
    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;
    /** The contact's key as stored, read only: lets the figures count distinct requesters without a join. */
    @Column(name = "contact_id", insertable = false, updatable = false)
    private Long contactId;

    @Column(name = "requester_name")
    private String requesterName;
    @Column(name = "requester_email")
    private String requesterEmail;
    /** The language of the page the requester used ({@code id} or {@code en}): their e-mails are written in it. */
    @Column(nullable = false, length = 2)
    private String language = LetterTexts.INDONESIAN;
    @Column(name = "requester_phone")
    private String requesterPhone;
    @Column(name = "region_code")
    private String regionCode;
    private String institution;
    @Enumerated(EnumType.STRING)
    private UserCategory category;
    private String subject;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "helpdesk_ticket_topic", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "topic_code")
    private Set<String> topics = new LinkedHashSet<>();
    /**
     * Whether the topics include {@link TicketQuery#SPAM_TOPIC}, kept with them: every queue but "spam" leaves these
     * tickets out, and an indexed column spares each queue a subquery over the topics (issue #19, V45).
     */
    private boolean spam;
    /**
     * The words the queue's search finds ({@link TicketWords}: number, subject, requester, institution), written with
     * the ticket and never read back into it: the search asks their table's index (issue #19, V46).
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "helpdesk_ticket_word", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "word", length = TicketWords.MAX_LENGTH)
    private Set<String> words = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    private String agent;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_hours")
    private HoursVerdict serviceHours;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_zone")
    private TimeZoneCode timeZone;

    @Column(name = "created_at")
    private Instant createdAt;
    /** YYYY-MM in the office's zone: the report month the ticket counts in. */
    @Column(name = "created_month")
    private String createdMonth;
    @Column(name = "first_response_at")
    private Instant firstResponseAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "l2_unit")
    private String l2Unit;
    @Column(name = "escalation_summary")
    private String escalationSummary;
    @Column(name = "callback_due")
    private LocalDate callbackDue;
    @Column(name = "l2_draft")
    private String l2Draft;
    @Column(name = "l2_answered_at")
    private Instant l2AnsweredAt;
    @Column(name = "l2_answered_by")
    private String l2AnsweredBy;
    @Column(name = "l2_score")
    private Integer l2Score;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "merged_into")
    private String mergedInto;
    /** The older, long-closed ticket a requester's new message in its thread answered (e-mail threading). */
    @Column(name = "follows_ticket")
    private String followsTicket;

    @Column(name = "survey_hash")
    private String surveyHash;
    @Column(name = "survey_expires")
    private Instant surveyExpires;
    @Column(name = "rating_service")
    private Integer ratingService;
    @Column(name = "rating_answer")
    private Integer ratingAnswer;
    @Column(name = "rating_comment")
    private String ratingComment;
    @Column(name = "rated_at")
    private Instant ratedAt;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<TicketMessage> messages = new ArrayList<>();

    @Version
    private int version;

    protected Ticket() {
    }

    Ticket(String number, String accessHash, Intake in, Contact contact, Instant createdAt, ZoneId officeZone,
            TimeZoneCode timeZone, HoursVerdict serviceHours) {
        this.number = number;
        this.accessHash = accessHash;
        this.channel = in.channel();
        this.sourceRef = Intake.blankToNull(in.sourceRef());
        this.contact = contact;
        this.requesterName = in.name().trim();
        this.requesterEmail = Contact.normalizeEmail(in.email());
        this.language = LetterTexts.language(LetterTexts.locale(in.language()));
        this.requesterPhone = Intake.blankToNull(in.phone());
        this.regionCode = Intake.blankToNull(in.regionCode());
        this.institution = Intake.blankToNull(in.institution());
        this.category = in.category();
        this.subject = in.subject().trim();
        this.topics.addAll(in.topics());
        topicsChanged();
        this.words.addAll(TicketWords.of(number, subject, requesterName, institution));
        this.status = TicketStatus.NEW;
        this.createdAt = createdAt;
        this.createdMonth = YearMonth.from(createdAt.atZone(officeZone)).toString();
        this.timeZone = timeZone;
        this.serviceHours = serviceHours;
        messages.add(new TicketMessage(this, createdAt, TicketMessage.Kind.REQUEST, channel, requesterName,
                in.message().trim()));
    }

    // ---------------------------------------------------------------- transitions

    TicketMessage requesterWrites(String body, Instant at) {
        if (status == TicketStatus.MERGED) {
            throw new BusinessException("helpdesk.merged", mergedInto);
        }
        TicketMessage m = new TicketMessage(this, at, TicketMessage.Kind.REQUEST, channel, requesterName, body);
        messages.add(m);
        if (status == TicketStatus.ANSWERED || status == TicketStatus.CLOSED) {
            reopenNow();
        }
        return m;
    }

    /** An answer sent to the requester: the first one sets the first response; the ticket is answered. */
    TicketMessage reply(String agentName, String body, Instant at) {
        requireActive();
        TicketMessage m = new TicketMessage(this, at, TicketMessage.Kind.REPLY, channel, agentName, body);
        messages.add(m);
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        if (agent == null) {
            agent = agentName;
        }
        if (status != TicketStatus.WAITING_L2) {
            status = TicketStatus.ANSWERED;
        }
        return m;
    }

    /**
     * The requester wrote again in this ticket's conversation (an e-mail answering it): it joins the thread, and
     * a closed ticket opens again with an event saying so (the caller decides whether it is too old for that).
     */
    TicketMessage requesterContinues(String body, Instant at) {
        boolean closed = status == TicketStatus.CLOSED;
        TicketMessage m = requesterWrites(body, at);
        if (closed) {
            messages.add(new TicketMessage(this, at, TicketMessage.Kind.EVENT, null, requesterName, "REOPENED"));
        }
        return m;
    }

    /** This ticket continues {@code older}, closed too long ago to be reopened. */
    void follows(String older) {
        this.followsTicket = older;
    }

    void note(String author, String body, Instant at) {
        if (status == TicketStatus.MERGED) {
            throw new BusinessException("helpdesk.merged", mergedInto);
        }
        messages.add(new TicketMessage(this, at, TicketMessage.Kind.NOTE, null, author, body));
    }

    /** The agent takes the ticket; a new ticket becomes open. */
    void assign(String agentName) {
        requireActive();
        agent = agentName;
        if (status == TicketStatus.NEW) {
            status = TicketStatus.OPEN;
        }
    }

    void classify(UserCategory category, String regionCode, Collection<String> topics, TimeZoneCode zone,
            HoursVerdict verdict) {
        if (status == TicketStatus.MERGED) {
            throw new BusinessException("helpdesk.merged", mergedInto);
        }
        this.category = category;
        this.regionCode = Intake.blankToNull(regionCode);
        this.topics.clear();
        this.topics.addAll(topics);
        topicsChanged();
        this.timeZone = zone;
        this.serviceHours = verdict;
    }

    void escalate(String unit, String summary, String by, Instant at, LocalDate callbackDue) {
        requireActive();
        if (status == TicketStatus.WAITING_L2) {
            throw new BusinessException("helpdesk.alreadyEscalated", l2Unit);
        }
        this.l2Unit = unit;
        this.escalationSummary = summary;
        this.escalatedAt = at;
        this.callbackDue = callbackDue;
        this.l2Draft = null;
        this.l2AnsweredAt = null;
        this.l2AnsweredBy = null;
        this.l2Score = null;
        if (agent == null) {
            agent = by;
        }
        status = TicketStatus.WAITING_L2;
        messages.add(new TicketMessage(this, at, TicketMessage.Kind.EVENT, null, by, "→ " + unit + ": " + summary));
    }

    /** Layer 2's draft: only the unit the ticket waits on; the first draft sets the answer time and the score. */
    void draft(String unit, String text, String by, Instant at, int score) {
        if (status != TicketStatus.WAITING_L2 || !unit.equals(l2Unit)) {
            throw new BusinessException("helpdesk.notWaitingOnUnit", number, unit);
        }
        l2Draft = text;
        l2AnsweredAt = at;
        l2AnsweredBy = by;
        l2Score = score;
        status = TicketStatus.OPEN;
        messages.add(new TicketMessage(this, at, TicketMessage.Kind.L2_DRAFT, null, by + " (" + unit + ")", text));
    }

    void close(String by, Instant at, String surveyDigest, Instant surveyExpires) {
        requireActive();
        if (status == TicketStatus.WAITING_L2) {
            throw new BusinessException("helpdesk.waitingOnL2", l2Unit);
        }
        status = TicketStatus.CLOSED;
        closedAt = at;
        this.surveyHash = surveyDigest;
        this.surveyExpires = surveyExpires;
        messages.add(new TicketMessage(this, at, TicketMessage.Kind.EVENT, null, by, "CLOSED"));
    }

    void reopen(String by, Instant at) {
        if (status != TicketStatus.CLOSED && status != TicketStatus.ANSWERED) {
            throw new BusinessException("helpdesk.notClosed", number);
        }
        reopenNow();
        messages.add(new TicketMessage(this, at, TicketMessage.Kind.EVENT, null, by, "REOPENED"));
    }

    /** Keeps {@link #spam} with the topics; every change of the topics ends here. */
    private void topicsChanged() {
        spam = topics.contains(TicketQuery.SPAM_TOPIC);
    }

    private void reopenNow() {
        status = TicketStatus.OPEN;
        closedAt = null;
        // a survey not yet answered is withdrawn; a given rating stays
        if (ratedAt == null) {
            surveyHash = null;
            surveyExpires = null;
        }
    }

    /** This ticket duplicates {@code target}: its thread moves there, it stays as a pointer. */
    void mergeInto(Ticket target, String by, Instant at) {
        if (target == this || target.number.equals(number)) {
            throw new BusinessException("helpdesk.mergeSelf");
        }
        if (status == TicketStatus.MERGED || target.status == TicketStatus.MERGED) {
            throw new BusinessException("helpdesk.merged", status == TicketStatus.MERGED ? mergedInto : target.mergedInto);
        }
        for (TicketMessage m : messages) {
            m.moveTo(target);
            target.messages.add(m);
        }
        messages.clear();
        target.topics.addAll(topics);
        target.topicsChanged();
        target.messages.add(new TicketMessage(target, at, TicketMessage.Kind.EVENT, null, by, "MERGED " + number));
        mergedInto = target.number;
        status = TicketStatus.MERGED;
    }

    void rate(int service, int answer, String comment, Instant at) {
        ratingService = service;
        ratingAnswer = answer;
        ratingComment = comment;
        ratedAt = at;
        surveyHash = null;
    }

    /** The previous CRM's history, as it was: times, agent, escalation, ratings. */
    void history(String agent, Instant firstResponse, Instant escalated, String unit, Instant l2Answered, Integer score,
            Instant closed, Integer service, Integer answer) {
        this.agent = agent;
        this.firstResponseAt = firstResponse;
        this.escalatedAt = escalated;
        this.l2Unit = unit;
        this.l2AnsweredAt = l2Answered;
        this.l2Score = score;
        this.closedAt = closed;
        this.ratingService = service;
        this.ratingAnswer = answer;
        this.ratedAt = service == null && answer == null ? null : closed;
        if (closed != null) {
            status = TicketStatus.CLOSED;
        } else if (escalated != null && l2Answered == null) {
            status = TicketStatus.WAITING_L2;
        } else if (firstResponse != null) {
            status = TicketStatus.ANSWERED;
        } else {
            status = agent == null ? TicketStatus.NEW : TicketStatus.OPEN;
        }
    }

    private void requireActive() {
        if (status == TicketStatus.MERGED) {
            throw new BusinessException("helpdesk.merged", mergedInto);
        }
        if (status == TicketStatus.CLOSED) {
            throw new BusinessException("helpdesk.closed", number);
        }
    }

    boolean accessCodeMatches(String code) {
        return AccessCode.matches(code, accessHash);
    }

    // ---------------------------------------------------------------- reading

    public List<TicketMessage> publicThread() {
        return messages.stream().filter(m -> m.getKind().isPublic()).toList();
    }

    /** Open and not yet answered by anyone: the queue shows how long it has waited. */
    public boolean isAwaitingFirstAnswer() {
        return firstResponseAt == null && (status == TicketStatus.NEW || status == TicketStatus.OPEN);
    }

    public boolean isCallbackOverdue(LocalDate today) {
        return status == TicketStatus.WAITING_L2 && callbackDue != null && today.isAfter(callbackDue);
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Channel getChannel() { return channel; }
    public String getSourceRef() { return sourceRef; }
    public Contact getContact() { return contact; }
    public String getRequesterName() { return requesterName; }
    public String getRequesterEmail() { return requesterEmail; }
    public String getLanguage() { return language; }
    public String getRequesterPhone() { return requesterPhone; }
    public String getRegionCode() { return regionCode; }
    public String getInstitution() { return institution; }
    public UserCategory getCategory() { return category; }
    public String getSubject() { return subject; }
    public Set<String> getTopics() { return Set.copyOf(topics); }
    public boolean isSpam() { return spam; }
    public TicketStatus getStatus() { return status; }
    public String getAgent() { return agent; }
    public HoursVerdict getServiceHours() { return serviceHours; }
    public TimeZoneCode getTimeZone() { return timeZone; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedMonth() { return createdMonth; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public String getL2Unit() { return l2Unit; }
    public String getEscalationSummary() { return escalationSummary; }
    public LocalDate getCallbackDue() { return callbackDue; }
    public String getL2Draft() { return l2Draft; }
    public Instant getL2AnsweredAt() { return l2AnsweredAt; }
    public String getL2AnsweredBy() { return l2AnsweredBy; }
    public Integer getL2Score() { return l2Score; }
    public Instant getClosedAt() { return closedAt; }
    public String getMergedInto() { return mergedInto; }
    public String getFollowsTicket() { return followsTicket; }
    public Instant getSurveyExpires() { return surveyExpires; }
    public Integer getRatingService() { return ratingService; }
    public Integer getRatingAnswer() { return ratingAnswer; }
    public String getRatingComment() { return ratingComment; }
    public Instant getRatedAt() { return ratedAt; }
    public List<TicketMessage> getMessages() { return List.copyOf(messages); }

    /** The newest entry of the thread (the message a source just handed in, to attach its files). */
    public TicketMessage lastMessage() {
        return messages.get(messages.size() - 1);
    }
}
