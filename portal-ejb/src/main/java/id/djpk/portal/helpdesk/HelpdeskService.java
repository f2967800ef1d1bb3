package id.djpk.portal.helpdesk;

import id.djpk.portal.system.AccessAttempts;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.AppSetting;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.Violation;
import id.djpk.portal.system.YearlyCounter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The contact center's tickets from intake to survey. Sources hand conversations in through {@link #open};
 * agents answer, note, classify, escalate, send Layer 2's draft, close, reopen and merge; Layer 2 units draft
 * for their own tickets; requesters read and reply with the access code and rate once with the survey code.
 * The web layer restricts the calls to their roles and passes a Layer 2 account's own unit. Every change is
 * audited; mail to the requester is queued in the same transaction.
 */
@Stateless
public class HelpdeskService {

    static final String ENTITY = "Ticket";
    static final String TICKET_PATH = "/tiket/lihat";
    static final String SURVEY_PATH = "/tiket/survei";
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
    private StaffDirectory staff;

    @Inject
    private PortalConfig config;

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

    long acknowledgementsToday(String email, Instant at, ZoneId office) {
        if (email == null) {
            return 0;
        }
        Instant since = at.atZone(office).toLocalDate().atStartOfDay(office).toInstant();
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
        return open(intake, AuditTrail.PUBLIC, Instant.now());
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
        Opened opened = open(intake, actor, Instant.now());
        find(opened.number()).ifPresent(t -> t.assign(actor));
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
        boolean acknowledge = intake.email() != null && acknowledgementsToday(Contact.normalizeEmail(intake.email()), at,
                days.hours().zone()) < ACKNOWLEDGEMENTS_PER_DAY;
        Ticket ticket = create(intake, AccessCode.hash(code), at, days);
        audit.recordAs(actor, "TICKET_OPENED", ENTITY, ticket.getNumber(),
                ticket.getChannel() + ", " + ticket.getServiceHours()
                        + (ticket.getRequesterEmail() != null && !acknowledge ? ", no acknowledgement (daily limit)" : ""));
        if (ticket.getRequesterEmail() != null && acknowledge) {
            // no text of the requester's in it: the acknowledgement goes to whatever address was typed
            mail.send(Mail.to(ticket.getRequesterEmail())
                    .subject("[" + ticket.getNumber() + "] Tiket diterima / Ticket received")
                    .text("Pertanyaan Anda telah kami terima dengan nomor tiket " + ticket.getNumber() + ".\n\n"
                            + "Kode akses: " + code + "\n"
                            + "Baca jawaban dan balas melalui tautan berikut, atau dengan nomor tiket dan kode akses di "
                            + config.publicBaseUrl() + TICKET_PATH + ":\n" + ticketLink(ticket.getNumber(), code)
                            + "\n\nDering DJPK 150420")
                    .secret(code)
                    .about(ENTITY.toUpperCase(Locale.ROOT), ticket.getNumber()));
        }
        return new Opened(ticket.getNumber(), code);
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
        ZoneId office = days.hours().zone();
        int year = at.atZone(office).getYear();
        String number = TicketNumber.format(year, nextSerial(year));
        Ticket ticket = new Ticket(number, accessDigest, in, contact, at, office, zone,
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
        return attempts.guard(AccessAttempts.Kind.TICKET, number, () -> find(number).filter(t -> t.accessCodeMatches(accessCode)));
    }

    public Ticket requesterReply(String number, String accessCode, String text) {
        Ticket t = findForRequester(number, accessCode).orElseThrow(() -> new BusinessException("helpdesk.notFound"));
        t.requesterWrites(requiredText("message", text, TEXT_MAX), Instant.now());
        audit.recordAs(AuditTrail.PUBLIC, "TICKET_MESSAGE", ENTITY, t.getNumber(), "requester");
        return t;
    }

    // ---------------------------------------------------------------- agents

    public Optional<Ticket> find(String number) {
        String n = TicketNumber.normalize(number);
        if (n == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Ticket.byNumber", Ticket.class).setParameter("number", n).getResultStream().findFirst();
    }

    public Ticket get(String number) {
        return find(number).orElseThrow(() -> new BusinessException("helpdesk.notFound"));
    }

    public Ticket assignToMe(String number) {
        Ticket t = get(number);
        String actor = audit.currentActor();
        t.assign(actor);
        audit.recordAs(actor, "TICKET_ASSIGNED", ENTITY, t.getNumber(), actor);
        return t;
    }

    /** An answer to the requester, e-mailed where there is an address (held in the outbox without SMTP). */
    public Ticket reply(String number, String text) {
        Ticket t = get(number);
        String body = requiredText("text", text, TEXT_MAX);
        String actor = audit.currentActor();
        t.reply(actor, body, Instant.now());
        if (t.getRequesterEmail() != null) {
            mail.send(Mail.to(t.getRequesterEmail()).subject("[" + t.getNumber() + "] " + t.getSubject())
                    .text(body + "\n\n--\nDering DJPK 150420, tiket " + t.getNumber()
                            + ". Balas melalui tautan pada e-mail tanda terima tiket ini.")
                    .about(ENTITY.toUpperCase(Locale.ROOT), t.getNumber()));
        }
        audit.recordAs(actor, "TICKET_REPLIED", ENTITY, t.getNumber(), t.getRequesterEmail() == null ? "no e-mail" : "e-mailed");
        return t;
    }

    public Ticket note(String number, String text) {
        Ticket t = get(number);
        String actor = audit.currentActor();
        t.note(actor, requiredText("text", text, TEXT_MAX), Instant.now());
        audit.recordAs(actor, "TICKET_NOTE", ENTITY, t.getNumber(), null);
        return t;
    }

    /** Topics, user category and region; the region decides the time zone and so the service-hours verdict. */
    public Ticket classify(String number, UserCategory category, String regionCode, Collection<String> topics) {
        Ticket t = get(number);
        List<Violation> v = new ArrayList<>();
        String region = Intake.blankToNull(regionCode);
        Optional<Region> r = region == null ? Optional.empty() : reference.findRegion(region);
        if (region != null && r.isEmpty()) {
            v.add(Violation.of("region_code", "helpdesk.import.unknownRegion", region));
        }
        Set<String> codes = new LinkedHashSet<>(topics == null ? List.of() : topics);
        for (String code : codes) {
            if (reference.findTopic(code).isEmpty()) {
                v.add(Violation.of("topics", "helpdesk.import.unknownTopic", code));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        TimeZoneCode zone = r.map(Region::getTimeZone).orElse(null);
        t.classify(category, region, codes, zone, serviceHours().judge(t.getCreatedAt(), zone, calendar.workingDays()));
        audit.record("TICKET_CLASSIFIED", ENTITY, t.getNumber(), category + ", " + region + ", " + codes);
        return t;
    }

    /** To a Layer 2 unit with a summary; the requester is to be called back within 3 working days. */
    public Ticket escalate(String number, String unit, String summary) {
        Ticket t = get(number);
        List<Violation> v = new ArrayList<>();
        if (unit == null || reference.findUnit(unit).isEmpty()) {
            v.add(Violation.of("unit", "helpdesk.unitRequired"));
        }
        if (summary == null || summary.isBlank()) {
            v.add(Violation.of("summary", "helpdesk.required"));
        } else if (summary.trim().length() > SUMMARY_MAX) {
            v.add(Violation.of("summary", "helpdesk.tooLong", SUMMARY_MAX));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Instant now = Instant.now();
        String actor = audit.currentActor();
        LocalDate due = calendar.workingDays().deadlineFrom(now, L2Score.CALLBACK_WORKING_DAYS).due();
        t.escalate(unit, summary.trim(), actor, now, due);
        audit.recordAs(actor, "TICKET_ESCALATED", ENTITY, t.getNumber(), unit + ", callback due " + due);
        tellUnit(t, unit, due, false);
        return t;
    }

    static final String CALLBACK_REMINDER_KEY = "helpdesk.callback-reminder.last";

    /**
     * The working day before a callback deadline, the unit's Layer 2 accounts are reminded of each ticket still
     * waiting on their draft answer. Sent once per office day however many instances run the timer (the day is
     * recorded in {@code app_setting} under a lock); nothing on a non-working day. Returns the messages written.
     */
    public int sendCallbackReminders(LocalDate today) {
        WorkingDays days = calendar.workingDays();
        if (!days.isWorkingDay(today)) {
            return 0;
        }
        AppSetting last = em.find(AppSetting.class, CALLBACK_REMINDER_KEY, LockModeType.PESSIMISTIC_WRITE);
        if (last != null && today.toString().equals(last.getValue())) {
            return 0;
        }
        if (last == null) {
            em.persist(new AppSetting(CALLBACK_REMINDER_KEY, today.toString()));
        } else {
            last.setValue(today.toString());
        }
        LocalDate next = today.plusDays(1);
        while (!days.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        List<Ticket> due = em.createQuery("SELECT t FROM Ticket t WHERE t.status = :waiting AND t.callbackDue = :due "
                + "ORDER BY t.number", Ticket.class)
                .setParameter("waiting", TicketStatus.WAITING_L2).setParameter("due", next).getResultList();
        int sent = 0;
        for (Ticket t : due) {
            sent += tellUnit(t, t.getL2Unit(), t.getCallbackDue(), true);
        }
        int count = sent;
        audit.recordAs(AuditTrail.SYSTEM, "TICKET_CALLBACK_REMINDERS_SENT", ENTITY, today.toString(),
                due.size() + " ticket(s), " + count + " message(s)");
        return sent;
    }

    /**
     * The unit's Layer 2 accounts learn of an escalation by e-mail (kept in the outbox with the ticket): the number,
     * the callback deadline and the agent's summary, with the link to the ticket in their queue. The subject carries
     * no requester text.
     */
    private int tellUnit(Ticket t, String unit, LocalDate due, boolean reminder) {
        String link = config.staffBaseUrl() + "/helpdesk/l2/tiket.xhtml?nomor=" + t.getNumber();
        String dueText = java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID")).format(due);
        int sent = 0;
        for (StaffAccount a : staff.all()) {
            if (a.isEnabled() && a.hasRole(Role.L2) && a.getUnit() != null && unit.equals(a.getUnit().getCode())
                    && a.getEmail() != null && Mail.plausibleAddress(a.getEmail())) {
                mail.send(Mail.to(a.getEmail()).about(ENTITY.toUpperCase(Locale.ROOT), t.getNumber())
                        .subject("[" + t.getNumber() + "] " + (reminder ? "Pengingat: callback eskalasi unit " : "Eskalasi ke unit ")
                                + unit + ", paling lambat " + dueText)
                        .text("Yth. " + a.getFullName() + ",\n\nTiket " + t.getNumber()
                                + (reminder ? " masih menunggu konsep jawaban unit " + unit + "; batasnya hari kerja berikutnya, "
                                        : " dieskalasi ke unit " + unit + ". Mohon konsep jawaban paling lambat ")
                                + dueText + " (3 hari kerja sejak eskalasi).\n\nRingkasan agen:\n"
                                + t.getEscalationSummary() + "\n\nBuka tiket: " + link + "\n\nContact Center Dering DJPK"));
                sent++;
            }
        }
        return sent;
    }

    /** Layer 2's draft answer (konsep jawaban), by the unit the ticket waits on; scored for speed. */
    public Ticket draft(String number, String unit, String text) {
        Ticket t = get(number);
        String body = requiredText("text", text, TEXT_MAX);
        Instant now = Instant.now();
        String actor = audit.currentActor();
        WorkingDays days = calendar.workingDays();
        int score = t.getEscalatedAt() == null ? L2Score.LATE
                : L2Score.score(t.getEscalatedAt(), now, days, days.hours().zone());
        t.draft(unit, body, actor, now, score);
        audit.recordAs(actor, "TICKET_L2_DRAFTED", ENTITY, t.getNumber(), unit + ", score " + score);
        return t;
    }

    /** Closes the ticket; a requester with an e-mail address gets the one-use survey link. Returns the survey code. */
    public String close(String number) {
        Ticket t = get(number);
        Instant now = Instant.now();
        String actor = audit.currentActor();
        String code = AccessCode.generate();
        t.close(actor, now, AccessCode.hash(code), now.plus(Survey.VALID));
        if (t.getRequesterEmail() != null) {
            mail.send(Mail.to(t.getRequesterEmail()).subject("[" + t.getNumber() + "] Survei kepuasan layanan")
                    .text("Tiket " + t.getNumber() + " telah selesai. Mohon nilai layanan kami (sekali pakai, berlaku "
                            + Survey.VALID.toDays() + " hari):\n" + surveyLink(code) + "\n\nDering DJPK 150420")
                    .secret(code)
                    .about(ENTITY.toUpperCase(Locale.ROOT), t.getNumber()));
        }
        audit.recordAs(actor, "TICKET_CLOSED", ENTITY, t.getNumber(), null);
        return code;
    }

    public Ticket reopen(String number) {
        Ticket t = get(number);
        String actor = audit.currentActor();
        t.reopen(actor, Instant.now());
        audit.recordAs(actor, "TICKET_REOPENED", ENTITY, t.getNumber(), null);
        return t;
    }

    /** {@code duplicate} joins {@code target}: its thread moves there; it stays as a pointer to it. */
    public Ticket merge(String duplicate, String target) {
        Ticket d = get(duplicate);
        Ticket into = get(target);
        String actor = audit.currentActor();
        d.mergeInto(into, actor, Instant.now());
        audit.recordAs(actor, "TICKET_MERGED", ENTITY, d.getNumber(), "into " + into.getNumber());
        return into;
    }

    // ---------------------------------------------------------------- survey

    public Survey.State surveyState(String code) {
        return bySurvey(code).map(t -> Survey.state(t.getStatus(), t.getSurveyExpires(), t.getRatedAt(), Instant.now()))
                .orElse(Survey.State.ALREADY_RATED);
    }

    public Optional<Ticket> findBySurvey(String code) {
        return bySurvey(code);
    }

    /** One use: the code is forgotten with the rating. An unknown or used code is refused alike. */
    public void rate(String code, Integer service, Integer answer, String comment) {
        Ticket t = bySurvey(code).orElseThrow(() -> new BusinessException("helpdesk.surveyUsed"));
        Survey.State state = Survey.state(t.getStatus(), t.getSurveyExpires(), t.getRatedAt(), Instant.now());
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
        t.rate(service, answer, comment == null || comment.isBlank() ? null : comment.trim(), Instant.now());
        audit.recordAs(AuditTrail.PUBLIC, "TICKET_RATED", ENTITY, t.getNumber(), service + "/" + answer);
    }

    private Optional<Ticket> bySurvey(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Ticket.bySurvey", Ticket.class).setParameter("hash", AccessCode.hash(code))
                .getResultStream().findFirst();
    }

    // ---------------------------------------------------------------- queues and history

    /** One page of a queue with the filters, and the number of tickets it holds. */
    public TicketPage search(TicketQuery q) {
        return new TicketPage(page(q), count(q));
    }

    /** How many tickets the queue holds with the filters (the lazy table asks this once per request). */
    public long count(TicketQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Ticket> root = count.from(Ticket.class);
        count.select(cb.count(root)).where(where(cb, root, q));
        return em.createQuery(count).getSingleResult();
    }

    /** One page of the queue, sorted by a whitelisted field, newest first by default (oldest due first when overdue). */
    public List<Ticket> page(TicketQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ticket> select = cb.createQuery(Ticket.class);
        Root<Ticket> root = select.from(Ticket.class);
        String field = switch (q.sortField() == null ? "" : q.sortField()) {
            case "number", "status", "channel", "requesterName", "callbackDue", "subject", "agent" -> q.sortField();
            default -> "createdAt";
        };
        boolean ascending = q.sortField() == null ? q.queue() == TicketQuery.Queue.CALLBACK_OVERDUE : q.ascending();
        select.select(root).where(where(cb, root, q))
                .orderBy(ascending ? cb.asc(root.get(field)) : cb.desc(root.get(field)), cb.desc(root.get("id")));
        TypedQuery<Ticket> query = em.createQuery(select).setFirstResult(Math.max(0, q.first()))
                .setMaxResults(Math.max(1, Math.min(q.max(), 200)));
        query.setHint("eclipselink.batch", "t.topics");
        query.setHint("eclipselink.batch.type", "IN");
        return query.getResultList();
    }

    private Predicate[] where(CriteriaBuilder cb, Root<Ticket> t, TicketQuery q) {
        List<Predicate> p = new ArrayList<>();
        switch (q.queue() == null ? TicketQuery.Queue.ALL : q.queue()) {
            case UNASSIGNED -> {
                p.add(cb.isNull(t.get("agent")));
                p.add(t.get("status").in(TicketStatus.NEW, TicketStatus.OPEN));
            }
            case MINE -> {
                p.add(cb.equal(t.get("agent"), q.agent()));
                p.add(cb.not(t.get("status").in(TicketStatus.CLOSED, TicketStatus.MERGED)));
            }
            case WAITING_L2 -> p.add(cb.equal(t.get("status"), TicketStatus.WAITING_L2));
            case CALLBACK_OVERDUE -> {
                p.add(cb.equal(t.get("status"), TicketStatus.WAITING_L2));
                p.add(cb.lessThan(t.get("callbackDue"), today()));
            }
            case UNIT -> {
                p.add(cb.equal(t.get("l2Unit"), q.unit() == null ? "" : q.unit()));
                p.add(cb.isNotNull(t.get("escalatedAt")));
            }
            case ALL -> {
                // no restriction
            }
        }
        if (q.status() != null) {
            p.add(cb.equal(t.get("status"), q.status()));
        }
        if (q.channel() != null) {
            p.add(cb.equal(t.get("channel"), q.channel()));
        }
        if (q.category() != null) {
            p.add(cb.equal(t.get("category"), q.category()));
        }
        if (q.topic() != null && !q.topic().isBlank()) {
            p.add(cb.isMember(q.topic(), t.get("topics")));
        }
        if (q.unit() != null && q.queue() != TicketQuery.Queue.UNIT) {
            p.add(cb.equal(t.get("l2Unit"), q.unit()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%" + q.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            p.add(cb.or(cb.like(cb.lower(t.get("number")), like), cb.like(cb.lower(t.get("subject")), like),
                    cb.like(cb.lower(t.get("requesterName")), like), cb.like(cb.lower(t.get("institution")), like)));
        }
        return p.toArray(new Predicate[0]);
    }

    /** The contact's tickets, newest first (later also their PPID requests and visits). */
    public List<Ticket> contactHistory(long contactId) {
        Contact c = em.find(Contact.class, contactId);
        return c == null ? List.of() : em.createNamedQuery("Ticket.ofContact", Ticket.class).setParameter("contact", c)
                .setHint("eclipselink.batch", "t.topics").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(100).getResultList();
    }

    /** A region's tickets, newest first. */
    public List<Ticket> regionHistory(String regionCode) {
        return em.createNamedQuery("Ticket.ofRegion", Ticket.class).setParameter("region", regionCode)
                .setHint("eclipselink.batch", "t.topics").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(100).getResultList();
    }

    public LocalDate today() {
        return LocalDate.now(calendar.officeHours().zone());
    }

    // ---------------------------------------------------------------- figures

    public HelpdeskFigures figures(YearMonth month) {
        return figures(List.of(month)).get(month);
    }

    private static final String MONTHS_NOT_MERGED = " WHERE t.createdMonth IN :months AND t.status <> "
            + "id.djpk.portal.helpdesk.TicketStatus.MERGED";
    private static final String OF_MONTHS = " FROM Ticket t" + MONTHS_NOT_MERGED;
    /** The same tickets, once per topic ({@code p}). */
    private static final String TOPICS_OF_MONTHS = " FROM Ticket t JOIN t.topics p" + MONTHS_NOT_MERGED;

    /**
     * The figures of several months (the report asks for M, M−1 and M−12 at once), counted by the database: five
     * aggregate queries over all the months together, whatever the number of tickets; {@link FiguresCount} turns
     * the counts into figures.
     */
    public Map<YearMonth, HelpdeskFigures> figures(Collection<YearMonth> months) {
        List<String> keys = months.stream().map(YearMonth::toString).distinct().toList();
        Map<String, List<FiguresCount.Group>> groups = new HashMap<>();
        Map<String, Map<String, Long>> topics = new HashMap<>();
        Map<String, Map<String, Long>> pemdaCounts = new HashMap<>();
        Map<String, Map<String, Map<String, Long>>> pemdaTopics = new HashMap<>();
        Map<String, List<FiguresCount.Rated>> rated = new HashMap<>();
        for (Object[] r : rows("SELECT t.createdMonth, t.channel, t.category, t.timeZone, t.serviceHours, t.l2Unit, "
                + "COUNT(t), COUNT(t.escalatedAt), SUM(t.l2Score), COUNT(t.l2Score)" + OF_MONTHS
                + " GROUP BY t.createdMonth, t.channel, t.category, t.timeZone, t.serviceHours, t.l2Unit", keys)) {
            groups.computeIfAbsent((String) r[0], m -> new ArrayList<>()).add(new FiguresCount.Group((Channel) r[1],
                    (UserCategory) r[2], (TimeZoneCode) r[3], (HoursVerdict) r[4], (String) r[5], n(r[6]), n(r[7]),
                    n(r[8]), n(r[9])));
        }
        for (Object[] r : rows("SELECT t.createdMonth, p, COUNT(t)" + TOPICS_OF_MONTHS
                + " GROUP BY t.createdMonth, p", keys)) {
            topics.computeIfAbsent((String) r[0], m -> new TreeMap<>()).put((String) r[1], n(r[2]));
        }
        // Pemda by HAVING on the grouped category, not in WHERE: H2 reads the whole index when a second index
        // column (category) is compared next to an IN on the first (created_month); see docs/benchmarks.md
        String pemda = " AND t.regionCode IS NOT NULL";
        String onlyPemda = " HAVING t.category = id.djpk.portal.helpdesk.UserCategory.PEMDA";
        for (Object[] r : rows("SELECT t.createdMonth, t.regionCode, COUNT(t)" + OF_MONTHS + pemda
                + " GROUP BY t.createdMonth, t.category, t.regionCode" + onlyPemda, keys)) {
            pemdaCounts.computeIfAbsent((String) r[0], m -> new HashMap<>()).put((String) r[1], n(r[2]));
        }
        // the topics of every Pemda of the months (the top five are picked from them): filtering on the regions in
        // SQL would make the database read those regions' tickets of all years through the region index
        for (Object[] r : rows("SELECT t.createdMonth, t.regionCode, p, COUNT(t)"
                + TOPICS_OF_MONTHS + pemda
                + " GROUP BY t.createdMonth, t.category, t.regionCode, p" + onlyPemda, keys)) {
            pemdaTopics.computeIfAbsent((String) r[0], m -> new HashMap<>())
                    .computeIfAbsent((String) r[1], x -> new HashMap<>()).put((String) r[2], n(r[3]));
        }
        for (Object[] r : rows("SELECT t.createdMonth, t.agent, SUM(t.ratingService), COUNT(t.ratingService), "
                + "SUM(t.ratingAnswer), COUNT(t.ratingAnswer), COUNT(t), COUNT(DISTINCT t.contactId)" + OF_MONTHS
                + " AND t.agent IS NOT NULL AND (t.ratingService IS NOT NULL OR t.ratingAnswer IS NOT NULL)"
                + " GROUP BY t.createdMonth, t.agent", keys)) {
            rated.computeIfAbsent((String) r[0], m -> new ArrayList<>()).add(new FiguresCount.Rated((String) r[1],
                    n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])));
        }
        Map<String, Long> review = needingReview();
        Map<YearMonth, HelpdeskFigures> out = new LinkedHashMap<>();
        for (String m : keys) {
            out.put(YearMonth.parse(m), FiguresCount.count(YearMonth.parse(m), new FiguresCount.Counts(
                    groups.getOrDefault(m, List.of()), topics.getOrDefault(m, Map.of()), pemdaCounts.getOrDefault(m, Map.of()),
                    pemdaTopics.getOrDefault(m, Map.of()), rated.getOrDefault(m, List.of())), review));
        }
        return out;
    }

    /**
     * An aggregate query over the given months. The months are written into the SQL as literals rather than bound
     * (EclipseLink's bind-parameters hint): H2 then checks {@code created_month IN (…)} against a constant set for
     * each index entry instead of comparing with every parameter (docs/benchmarks.md). The values are
     * {@link YearMonth#toString()} (digits and a dash), so nothing from outside reaches the SQL text.
     */
    private List<Object[]> rows(String jpql, List<String> months) {
        return em.createQuery(jpql, Object[].class).setParameter("months", months)
                .setHint("eclipselink.jdbc.bind-parameters", "false").getResultList();
    }

    private static long n(Object count) {
        return count == null ? 0 : ((Number) count).longValue();
    }

    /**
     * Added for the monthly report (report capability): the number of tickets per month from {@code from} to
     * {@code to}, counted as {@link #figures} counts its total (created month, merged duplicates left out);
     * months without tickets are absent. One aggregate query, for the trend and the year to date.
     */
    public Map<YearMonth, Long> totalsPerMonth(YearMonth from, YearMonth to) {
        Map<YearMonth, Long> totals = new TreeMap<>();
        for (Object[] row : em.createQuery("SELECT t.createdMonth, COUNT(t) FROM Ticket t WHERE t.createdMonth "
                        + "BETWEEN :from AND :to AND t.status <> id.djpk.portal.helpdesk.TicketStatus.MERGED "
                        + "GROUP BY t.createdMonth", Object[].class)
                .setParameter("from", from.toString()).setParameter("to", to.toString())
                .setHint("eclipselink.jdbc.bind-parameters", "false").getResultList()) { // as in rows(…)
            totals.put(YearMonth.parse((String) row[0]), ((Number) row[1]).longValue());
        }
        return totals;
    }

    /** Knowledge-base entries needing review, per topic. */
    public Map<String, Long> needingReview() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : em.createNamedQuery("KnowledgeArticle.needingReview", Object[].class).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    // ---------------------------------------------------------------- helpers

    ServiceHours serviceHours() {
        return ServiceHours.parse(serviceOpen, serviceClose);
    }

    private String ticketLink(String number, String code) {
        return config.publicBaseUrl() + TICKET_PATH + "?nomor=" + url(number) + AccessCode.fragment("kode", code);
    }

    /** The survey link for a code {@link #close} returned: agents pass it on by phone or WhatsApp where there is no e-mail. */
    public String surveyLink(String code) {
        return config.publicBaseUrl() + SURVEY_PATH + AccessCode.fragment("kode", code);
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
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
