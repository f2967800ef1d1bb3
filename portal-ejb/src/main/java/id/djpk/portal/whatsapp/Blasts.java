package id.djpk.portal.whatsapp;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.helpdesk.Contact;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.MailStatus;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Announcements (blasts): a segment of the contacts who consented, by an approved WhatsApp template (at
 * {@code PORTAL_WHATSAPP_BLAST_RATE} messages a second) or by e-mail (with a link that withdraws the consent),
 * now or at a time; per recipient sent, delivered, read or failed from the channel's reports.
 */
@Stateless
public class Blasts {

    /** The figures of one blast ({@code GET /portal/api/blasts/{id}}). */
    public record Progress(long id, Blast.State state, int recipients, long sent, long delivered, long read, long failed)
            implements Serializable {
    }

    static final String ABOUT = "BLAST";
    static final int NAME_MAX = 200;

    private final LetterTexts texts = new LetterTexts(Blasts.class);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private OfficeClock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReferenceData reference;

    @Inject
    private WhatsAppOutbox outbox;

    @Inject
    private MailService mail;

    @Inject
    private Links links;

    @Inject
    @ConfigProperty(name = "portal.whatsapp.blast-rate", defaultValue = "20")
    int rate;

    public List<Template> templates() {
        return em.createNamedQuery("Template.all", Template.class).getResultList();
    }

    public List<Blast> recent(int max) {
        return em.createNamedQuery("Blast.recent", Blast.class).setMaxResults(max).getResultList();
    }

    /** How many would receive it if it went now. */
    public int preview(Blast.BlastChannel channel, Blast.Segment segment) {
        checkSegment(new ArrayList<>(), segment, true);
        return channel == Blast.BlastChannel.WHATSAPP ? whatsAppRecipients(segment).size() : emailRecipients(segment).size();
    }

    /**
     * A new blast, checked (a WhatsApp blast needs an approved template with its parameters; an e-mail one a subject
     * and a text); {@code sendAt} null or past means now: its recipients are queued in this transaction.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Blast create(String name, Blast.BlastChannel channel, String template, String language, List<String> parameters,
            String subject, String body, Blast.Segment segment, Instant sendAt) {
        List<Violation> v = new ArrayList<>();
        if (name == null || name.isBlank()) {
            v.add(Violation.of("name", "helpdesk.required"));
        } else if (name.strip().length() > NAME_MAX) {
            v.add(Violation.of("name", "helpdesk.tooLong", NAME_MAX));
        }
        if (channel == null) {
            v.add(Violation.of("channel", "blast.channel"));
        } else if (channel == Blast.BlastChannel.WHATSAPP) {
            Template.check(em, template, language, parameters == null ? 0 : parameters.size(), v);
        } else {
            if (subject == null || subject.isBlank()) {
                v.add(Violation.of("subject", "helpdesk.required"));
            }
            if (body == null || body.isBlank()) {
                v.add(Violation.of("body", "helpdesk.required"));
            }
        }
        Blast.Segment seg = segment == null ? new Blast.Segment(null, null, null, null) : segment;
        checkSegment(v, seg, false);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Instant now = clock.now();
        Blast b = new Blast(name.strip(), channel, template, language, parameters, subject == null ? null : subject.strip(),
                body == null ? null : body.strip(), seg, sendAt == null || sendAt.isBefore(now) ? now : sendAt, now,
                audit.currentActor());
        em.persist(b);
        em.flush();
        audit.record("BLAST_CREATED", "Blast", b.getId(), channel + " " + b.getName() + " at " + b.getSendAt());
        if (!b.getSendAt().isAfter(now)) {
            start(b);
        }
        return b;
    }

    /** Blasts whose time has come (the staff portal's timer). */
    public List<Long> due() {
        return em.createNamedQuery("Blast.due", Long.class).setParameter("scheduled", Blast.State.SCHEDULED)
                .setParameter("now", clock.now()).getResultList();
    }

    public void start(long id) {
        Blast b = em.find(Blast.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (b != null && b.getState() == Blast.State.SCHEDULED) {
            start(b);
        }
    }

    private void start(Blast b) {
        Instant at = clock.now();
        int count = 0;
        if (b.getChannel() == Blast.BlastChannel.WHATSAPP) {
            Duration pace = Duration.ofMillis(Math.max(1, 1000 / Math.max(1, rate)));
            Outgoing.Template t = new Outgoing.Template(b.getTemplate(), b.getLanguage(), b.parameterList());
            for (String waId : whatsAppRecipients(b.segment())) {
                outbox.queue(waId, t, null, null).blast(b.getId(), at.plus(pace.multipliedBy(count)));
                count++;
            }
        } else {
            for (Contact c : emailRecipients(b.segment())) {
                String code = AccessCode.generate();
                em.persist(new Unsubscribe(AccessCode.hash(code), c.getId(), at));
                mail.send(Mail.to(c.getEmail()).subject(b.getSubject())
                        .text(b.getBody() + "\n\n--\n" + texts.text("blast.unsubscribe", links.publicBase() + Links.UNSUBSCRIBE
                                + "#kode=" + code))
                        .secret(code).about(ABOUT, b.getId().toString()));
                count++;
            }
        }
        b.started(count);
        if (count == 0) {
            b.done();
        }
        audit.record("BLAST_STARTED", "Blast", b.getId(), count + " recipient(s)");
    }

    public Progress progress(long id) {
        Blast b = em.find(Blast.class, id);
        if (b == null) {
            throw new BusinessException("blast.notFound");
        }
        Map<String, Long> by = new HashMap<>();
        if (b.getChannel() == Blast.BlastChannel.WHATSAPP) {
            for (Object[] row : em.createQuery("SELECT m.status, COUNT(m) FROM SentMessage m WHERE m.blastId = :id GROUP BY m.status",
                    Object[].class).setParameter("id", id).getResultList()) {
                by.put(row[0].toString(), ((Number) row[1]).longValue());
            }
        } else {
            for (OutboxMessage m : mail.about(ABOUT, Long.toString(id))) {
                String s = m.getStatus() == MailStatus.SENT ? "SENT" : m.getStatus() == MailStatus.FAILED ? "FAILED" : "QUEUED";
                by.merge(s, 1L, Long::sum);
            }
        }
        long read = by.getOrDefault("READ", 0L);
        long delivered = by.getOrDefault("DELIVERED", 0L) + read;
        long sent = by.getOrDefault("SENT", 0L) + delivered;
        long failed = by.getOrDefault("FAILED", 0L);
        if (b.getState() == Blast.State.SENDING && by.getOrDefault("QUEUED", 0L) == 0) {
            b.done();
        }
        return new Progress(id, b.getState(), b.getRecipients(), sent, delivered, read, failed);
    }

    /** The consenting WhatsApp numbers of the segment (their category: their ticket's, else Pemda when a region was given). */
    private List<String> whatsAppRecipients(Blast.Segment s) {
        StringBuilder q = new StringBuilder("SELECT c FROM Conversation c WHERE c.consent = :yes AND c.identityAt IS NOT NULL");
        Map<String, Object> p = new HashMap<>();
        p.put("yes", Boolean.TRUE);
        region(q, p, s, "c.regionCode");
        List<Conversation> found = query(q, p, Conversation.class).getResultList();
        Set<String> topical = s.topic() == null ? null : new HashSet<>(em.createQuery("SELECT DISTINCT t.requesterPhone FROM Ticket t "
                + "JOIN t.topics tp WHERE tp = :topic AND t.requesterPhone IS NOT NULL", String.class)
                .setParameter("topic", s.topic()).getResultList());
        List<String> out = new ArrayList<>();
        for (Conversation c : found) {
            if (topical != null && !topical.contains("+" + c.getWaId())) {
                continue;
            }
            if (s.category() != null && s.category() != categoryOf(c)) {
                continue;
            }
            out.add(c.getWaId());
        }
        return out;
    }

    private UserCategory categoryOf(Conversation c) {
        if (c.getTicketNumber() != null) {
            List<UserCategory> cat = em.createQuery("SELECT t.category FROM Ticket t WHERE t.number = :n", UserCategory.class)
                    .setParameter("n", c.getTicketNumber()).getResultList();
            if (!cat.isEmpty() && cat.get(0) != null) {
                return cat.get(0);
            }
        }
        return c.getRegionCode() != null ? UserCategory.PEMDA : null;
    }

    /** The contacts who agreed to announcements by e-mail, of the segment. */
    private List<Contact> emailRecipients(Blast.Segment s) {
        StringBuilder q = new StringBuilder("SELECT c FROM Contact c WHERE c.consent = :yes AND c.email IS NOT NULL");
        Map<String, Object> p = new HashMap<>();
        p.put("yes", Boolean.TRUE);
        region(q, p, s, "c.regionCode");
        if (s.category() != null) {
            q.append(" AND c.category = :category");
            p.put("category", s.category());
        }
        q.append(" ORDER BY c.id");
        List<Contact> found = query(q, p, Contact.class).getResultList();
        if (s.topic() == null) {
            return found;
        }
        // the topic in a query of its own: EclipseLink stops binding the query's values when it holds a subquery,
        // and H2 then refuses its rendering of the boolean
        Set<Long> topical = new HashSet<>(em.createQuery("SELECT DISTINCT t.contactId FROM Ticket t JOIN t.topics tp "
                + "WHERE tp = :topic", Long.class).setParameter("topic", s.topic()).getResultList());
        return found.stream().filter(c -> topical.contains(c.getId())).toList();
    }

    private static void region(StringBuilder q, Map<String, Object> p, Blast.Segment s, String column) {
        if (s.regionCode() != null) {
            q.append(" AND ").append(column).append(" = :region");
            p.put("region", s.regionCode());
        } else if (s.provinceCode() != null) {
            q.append(" AND (").append(column).append(" = :province OR ").append(column).append(" LIKE :provinceRegions)");
            p.put("province", s.provinceCode());
            p.put("provinceRegions", s.provinceCode() + ".%");
        }
    }

    private <T> TypedQuery<T> query(StringBuilder jpql, Map<String, Object> params, Class<T> type) {
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
        params.forEach(q::setParameter);
        return q;
    }

    private void checkSegment(List<Violation> v, Blast.Segment s, boolean throwNow) {
        if (s.regionCode() != null && reference.findRegion(s.regionCode()).isEmpty()) {
            v.add(Violation.of("regionCode", "helpdesk.import.unknownRegion", s.regionCode()));
        }
        if (s.provinceCode() != null && reference.findRegion(s.provinceCode()).isEmpty()) {
            v.add(Violation.of("provinceCode", "helpdesk.import.unknownRegion", s.provinceCode()));
        }
        if (s.topic() != null && reference.findTopic(s.topic()).isEmpty()) {
            v.add(Violation.of("topic", "blast.topic", s.topic()));
        }
        if (throwNow && !v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    /** The consent changes of one address (a WhatsApp number or an e-mail address), oldest first. */
    public List<ConsentRecord> consentOf(String address) {
        return em.createNamedQuery("ConsentRecord.ofAddress", ConsentRecord.class).setParameter("address", address).getResultList();
    }

    /** The newest consent changes, for the administrator's WhatsApp page. */
    public List<ConsentRecord> recentConsent(int max) {
        return em.createNamedQuery("ConsentRecord.recent", ConsentRecord.class).setMaxResults(max).getResultList();
    }

    /** The e-mail's link: withdraws the consent of the contact it was sent to; true when the code was known. */
    public boolean unsubscribe(String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        Unsubscribe u = em.find(Unsubscribe.class, AccessCode.hash(code.strip()));
        if (u == null) {
            return false;
        }
        Contact c = em.find(Contact.class, u.getContactId());
        if (c != null && c.isConsent()) {
            c.withdrawConsent();
            em.persist(new ConsentRecord(clock.now(), "EMAIL", c.getEmail(), false, ConsentRecord.How.EMAIL_LINK,
                    texts.text("blast.unsubscribe", links.publicBase() + Links.UNSUBSCRIBE)));
            audit.recordAs(AuditTrail.PUBLIC, "CONSENT_WITHDRAWN", "Contact", c.getId(), "e-mail link");
        }
        return true;
    }
}
