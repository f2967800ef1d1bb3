package id.djpk.portal.helpdesk;

import id.djpk.portal.system.AccessAttempts;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import id.djpk.portal.system.YearlyCounter;
import id.djpk.portal.whatsapp.ConsentRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tickets in and the requester's side: every source hands conversations in through {@link #open} (the public
 * form through {@link #submit}, an agent logging a call through {@link #logConversation}, the import through
 * {@link #recordHistory}); requesters read and reply with the access code and rate once with the survey code.
 * The agents' work is {@link AgentDesk}'s, Layer 2's {@link Layer2Desk}'s, the queues {@link TicketQueues}' and
 * the figures {@link HelpdeskFiguresQuery}'s. Every change is audited; mail to the requester is queued in the
 * same transaction.
 */
@Stateless
public class HelpdeskService {

    static final String ENTITY = "Ticket";
    static final int TEXT_MAX = 20_000;
    static final int SUMMARY_MAX = 4000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessAttempts attempts;

    @Inject
    private CalendarService calendar;

    @Inject
    private ReferenceData reference;

    @Inject
    private MailService mail;

    @Inject
    private HelpdeskLetters letters;

    @Inject
    private TicketQueues queues;

    @Inject
    private OfficeClock clock;

    @Inject
    @ConfigProperty(name = "portal.helpdesk.open", defaultValue = "08:00")
    private String serviceOpen;

    @Inject
    @ConfigProperty(name = "portal.helpdesk.close", defaultValue = "17:00")
    private String serviceClose;

    // ---------------------------------------------------------------- intake

    /**
     * Acknowledgements one e-mail address gets in an office day: enough for a person's questions, too few for
     * the form to relay DJPK's mail to an address someone else typed. Counted in the database (the address's
     * tickets), so every instance agrees; tickets beyond it are opened all the same, without the e-mail.
     */
    public static final int ACKNOWLEDGEMENTS_PER_DAY = 5;

    long acknowledgementsToday(String email, Instant at) {
        if (email == null) {
            return 0;
        }
        Instant since = clock.startOf(clock.dayOf(at));
        return em.createNamedQuery("Ticket.countByEmailSince", Long.class).setParameter("email", email)
                .setParameter("since", since).getSingleResult();
    }

    /** The public form and {@code POST /api/tickets}: the requester gets an acknowledgement with the link. */
    public Opened submit(Intake intake) {
        List<Violation> v = intake == null ? List.of(Violation.of("name", "helpdesk.required")) : intake.webViolations();
        checkRegion(v, intake);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return open(intake, AuditTrail.PUBLIC, clock.now());
    }

    /**
     * The public page's form, whose announcements checkbox reads {@code checkboxText} (in the language the form was
     * shown in). Ticked, the consent is recorded with that text; left unticked by a contact who had consented, the
     * consent is withdrawn and that is recorded: the latest answer on the form counts (whatsapp.ConsentRecord).
     */
    public Opened submit(Intake intake, String checkboxText) {
        Opened opened = submit(intake);
        if (checkboxText == null || checkboxText.isBlank() || intake.email() == null) {
            return opened;
        }
        Instant now = clock.now();
        Contact contact = em.createNamedQuery("Contact.byEmail", Contact.class)
                .setParameter("email", Contact.normalizeEmail(intake.email())).setMaxResults(1).getResultStream()
                .findFirst().orElseThrow();
        if (intake.consent()) {
            em.persist(ConsentRecord.webForm(now, contact.getEmail(), true, checkboxText));
            audit.recordAs(AuditTrail.PUBLIC, "CONSENT_GIVEN", "Contact", contact.getId(), "web form, ticket " + opened.number());
        } else if (contact.isConsent()) {
            contact.withdrawConsent();
            em.persist(ConsentRecord.webForm(now, contact.getEmail(), false, checkboxText));
            audit.recordAs(AuditTrail.PUBLIC, "CONSENT_WITHDRAWN", "Contact", contact.getId(),
                    "web form left unticked, ticket " + opened.number());
        }
        return opened;
    }

    /** An agent logs a phone call or WhatsApp conversation by hand; the ticket is theirs. */
    public Opened logConversation(Intake intake) {
        List<Violation> v = new ArrayList<>(intake.violations());
        checkRegion(v, intake);
        if (intake.channel() != null && !intake.channel().loggedByHand()) {
            v.add(Violation.of("channel", "helpdesk.channelNotManual"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        String actor = audit.currentActor();
        Opened opened = open(intake, actor, clock.now());
        queues.find(opened.number()).ifPresent(t -> t.assign(actor));
        return opened;
    }

    private void checkRegion(List<Violation> v, Intake intake) {
        if (intake != null && intake.regionCode() != null && reference.findRegion(intake.regionCode().trim()).isEmpty()) {
            v.add(Violation.of("region_code", "helpdesk.import.unknownRegion", intake.regionCode()));
        }
    }

    /**
     * Any source's way in. A conversation the same channel already handed in under the same reference is the
     * same ticket: its new message joins the thread, and no second ticket is opened (the access code is then
     * not known again and comes back null).
     */
    public Opened open(Intake intake, String actor, Instant at) {
        return open(intake, actor, at, true);
    }

    /** As {@link #open(Intake, String, Instant)}; without {@code acknowledge} no acknowledgement is mailed (spam). */
    private Opened open(Intake intake, String actor, Instant at, boolean acknowledgeAllowed) {
        List<Violation> v = intake.violations();
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (intake.sourceRef() != null && !intake.sourceRef().isBlank()) {
            Optional<Ticket> known = em.createNamedQuery("Ticket.bySource", Ticket.class)
                    .setParameter("channel", intake.channel()).setParameter("ref", intake.sourceRef().trim())
                    .getResultStream().findFirst();
            if (known.isPresent()) {
                known.get().requesterWrites(intake.message().trim(), at);
                audit.recordAs(actor, "TICKET_MESSAGE", ENTITY, known.get().getNumber(), intake.channel().name());
                return new Opened(known.get().getNumber(), null);
            }
        }
        String code = AccessCode.generate();
        WorkingDays days = calendar.workingDays();
        // counted before this ticket exists: the tickets this address opened since the office day began
        boolean acknowledge = acknowledgeAllowed && intake.email() != null && acknowledgementsToday(Contact.normalizeEmail(intake.email()), at)
                < ACKNOWLEDGEMENTS_PER_DAY;
        Ticket ticket = create(intake, AccessCode.hash(code), at, days);
        audit.recordAs(actor, "TICKET_OPENED", ENTITY, ticket.getNumber(),
                ticket.getChannel() + ", " + ticket.getServiceHours()
                        + (ticket.getRequesterEmail() != null && !acknowledge
                                ? acknowledgeAllowed ? ", no acknowledgement (daily limit)" : ", no acknowledgement" : ""));
        if (ticket.getRequesterEmail() != null && acknowledge) {
            // no text of the requester's in it: the acknowledgement goes to whatever address was typed
            mail.send(letters.received(ticket, code));
        }
        return new Opened(ticket.getNumber(), code);
    }

    /**
     * Days after its close within which a requester's new message in a ticket's conversation reopens it; a later
     * one opens a new ticket that names the old one.
     */
    public static final int REOPEN_DAYS = 14;

    /**
     * A channel's message that may continue a conversation (an e-mail answering a ticket's mail, or naming its
     * number): with {@code earlier}, the ticket it continues (followed to the ticket it was merged into), it joins
     * that thread, reopening the ticket if it was closed less than {@link #REOPEN_DAYS} days before {@code at};
     * otherwise, and without {@code earlier}, a new ticket is opened through {@link #open} (naming the old one
     * when there is one). {@code acknowledge} false: no acknowledgement mail for a new ticket (spam).
     */
    public Received receive(Intake intake, Ticket earlier, String actor, Instant at, boolean acknowledge) {
        Ticket t = earlier;
        for (int hops = 0; t != null && t.getStatus() == TicketStatus.MERGED && hops < 10; hops++) {
            t = queues.get(t.getMergedInto());
        }
        if (t != null && t.getStatus() != TicketStatus.MERGED && (t.getStatus() != TicketStatus.CLOSED
                || t.getClosedAt() == null || t.getClosedAt().isAfter(at.minus(java.time.Duration.ofDays(REOPEN_DAYS))))) {
            List<Violation> v = intake.violations();
            if (!v.isEmpty()) {
                throw new InvalidInputException(v);
            }
            boolean closed = t.getStatus() == TicketStatus.CLOSED;
            TicketMessage m = t.requesterContinues(intake.message().trim(), at);
            audit.recordAs(actor, "TICKET_MESSAGE", ENTITY, t.getNumber(), intake.channel().name() + (closed ? ", reopened" : ""));
            return new Received(t, m, null, true);
        }
        Opened opened = open(intake, actor, at, acknowledge);
        Ticket ticket = queues.get(opened.number());
        TicketMessage first = ticket.getMessages().stream().filter(m -> m.getKind() == TicketMessage.Kind.REQUEST)
                .reduce((a, b) -> b).orElseThrow();
        if (opened.accessCode() != null && t != null && t.getStatus() != TicketStatus.MERGED) {
            ticket.follows(t.getNumber());
            audit.recordAs(actor, "TICKET_FOLLOWS", ENTITY, ticket.getNumber(), t.getNumber());
        }
        return new Received(ticket, first, opened.accessCode(), opened.accessCode() == null);
    }

    /** A note by the portal itself on a ticket (what a channel could not take in, e.g. a refused file). */
    public void systemNote(Ticket ticket, String text, Instant at) {
        ticket.note(AuditTrail.SYSTEM, requiredText("text", text, TEXT_MAX), at);
        audit.recordAs(AuditTrail.SYSTEM, "TICKET_NOTE", ENTITY, ticket.getNumber(), "system");
    }

    /**
     * A ticket of the previous CRM as it was: its times, agent, escalation and ratings (for {@link HelpdeskImport},
     * inside its transaction). Its requester never got an access link, so the stored digest matches no code.
     */
    public Ticket recordHistory(ImportRow row, WorkingDays days) {
        Intake in = new Intake(row.channel(), HelpdeskImport.SOURCE_PREFIX + row.externalId(), row.name(), row.email(),
                row.phone(), row.regionCode(), row.institution(), row.category(), row.topics(), row.subject(),
                row.subject(), false);
        Ticket t = create(in, "-", row.createdAt(), days);
        Integer score = row.escalatedAt() == null || row.l2AnsweredAt() == null ? null
                : L2Score.score(row.escalatedAt(), row.l2AnsweredAt(), days, days.hours().zone());
        t.history(row.agent(), row.firstResponseAt(), row.escalatedAt(), row.l2Unit(), row.l2AnsweredAt(), score,
                row.closedAt(), row.ratingService(), row.ratingAnswer());
        return t;
    }

    /** Stores a new ticket (and finds or creates its contact). */
    private Ticket create(Intake in, String accessDigest, Instant at, WorkingDays days) {
        Contact contact = contactFor(in, at);
        Optional<Region> region = Optional.ofNullable(in.regionCode()).flatMap(reference::findRegion);
        TimeZoneCode zone = region.map(Region::getTimeZone).orElse(null);
        int year = clock.dayOf(at).getYear();
        String number = TicketNumber.format(year, nextSerial(year));
        Ticket ticket = new Ticket(number, accessDigest, in, contact, at, clock.zone(), zone,
                serviceHours().judge(at, zone, days));
        em.persist(ticket);
        return ticket;
    }

    private Contact contactFor(Intake in, Instant at) {
        Contact contact = null;
        String email = Contact.normalizeEmail(in.email());
        String phone = Contact.normalizePhone(in.phone());
        if (email != null) {
            contact = em.createNamedQuery("Contact.byEmail", Contact.class).setParameter("email", email)
                    .setMaxResults(1).getResultStream().findFirst().orElse(null);
        }
        if (contact == null && phone != null) {
            // an office telephone is shared: a contact found by phone with another e-mail address is someone else
            contact = em.createNamedQuery("Contact.byPhone", Contact.class).setParameter("phone", phone)
                    .getResultStream().filter(c -> email == null || c.getEmail() == null).findFirst().orElse(null);
        }
        if (contact == null) {
            contact = new Contact(in.name().trim(), email, phone, at);
            em.persist(contact);
        }
        contact.update(in.name(), email, phone, in.regionCode(), in.institution(), in.category(), in.consent());
        return contact;
    }

    // ---------------------------------------------------------------- requester

    /** The ticket, when number and access code belong together; a wrong code answers like an unknown number. */
    public Optional<Ticket> findForRequester(String number, String accessCode) {
        return attempts.guard(AccessAttempts.Kind.TICKET, number, () -> queues.find(number).filter(t -> t.accessCodeMatches(accessCode)));
    }

    public Ticket requesterReply(String number, String accessCode, String text) {
        Ticket t = findForRequester(number, accessCode).orElseThrow(() -> new BusinessException("helpdesk.notFound"));
        t.requesterWrites(requiredText("message", text, TEXT_MAX), clock.now());
        audit.recordAs(AuditTrail.PUBLIC, "TICKET_MESSAGE", ENTITY, t.getNumber(), "requester");
        return t;
    }

    // ---------------------------------------------------------------- survey

    public Survey.State surveyState(String code) {
        return bySurvey(code).map(t -> Survey.state(t.getStatus(), t.getSurveyExpires(), t.getRatedAt(), clock.now()))
                .orElse(Survey.State.ALREADY_RATED);
    }

    public Optional<Ticket> findBySurvey(String code) {
        return bySurvey(code);
    }

    /** One use: the code is forgotten with the rating. An unknown or used code is refused alike. */
    public void rate(String code, Integer service, Integer answer, String comment) {
        Ticket t = bySurvey(code).orElseThrow(() -> new BusinessException("helpdesk.surveyUsed"));
        Survey.State state = Survey.state(t.getStatus(), t.getSurveyExpires(), t.getRatedAt(), clock.now());
        if (state != Survey.State.OPEN) {
            throw new BusinessException(state == Survey.State.EXPIRED ? "helpdesk.surveyExpired" : "helpdesk.surveyUsed");
        }
        List<Violation> v = new ArrayList<>();
        if (!Survey.validRating(service)) {
            v.add(Violation.of("service", "helpdesk.ratingRange"));
        }
        if (!Survey.validRating(answer)) {
            v.add(Violation.of("answer", "helpdesk.ratingRange"));
        }
        if (comment != null && comment.length() > 2000) {
            v.add(Violation.of("comment", "helpdesk.tooLong", 2000));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        t.rate(service, answer, comment == null || comment.isBlank() ? null : comment.trim(), clock.now());
        audit.recordAs(AuditTrail.PUBLIC, "TICKET_RATED", ENTITY, t.getNumber(), service + "/" + answer);
    }

    private Optional<Ticket> bySurvey(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Ticket.bySurvey", Ticket.class).setParameter("hash", AccessCode.hash(code))
                .getResultStream().findFirst();
    }

    // ---------------------------------------------------------------- helpers

    /** The contact center's service hours ({@code portal.helpdesk.open}, {@code portal.helpdesk.close}). */
    public ServiceHours serviceHours() {
        return ServiceHours.parse(serviceOpen, serviceClose);
    }

    static String requiredText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of(Violation.of(field, "helpdesk.required")));
        }
        if (text.trim().length() > max) {
            throw new InvalidInputException(List.of(Violation.of(field, "helpdesk.tooLong", max)));
        }
        return text.trim();
    }

    private int nextSerial(int year) {
        return YearlyCounter.next(em, TicketCounter.class, TicketCounter::new, year, TicketNumber.MAX_SERIAL, "helpdesk.numbersExhausted");
    }
}
