package id.djpk.portal.whatsapp;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.HoursVerdict;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.KnowledgeArticle;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.AppSetting;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.VisitService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The WhatsApp channel's way in (ARCHITECTURE.md, "Channels"): {@link #store} keeps every message and status of a
 * signed webhook delivery under its own key before the delivery is answered; {@link #process} then works one
 * sender's stored events in the order of their own timestamps, with that number's conversation row locked, so
 * two instances never answer the same person at once. A message goes to the chatbot, or to the agent's ticket
 * once handed over; a status moves the outgoing message it names.
 */
@Stateless
public class WhatsAppInbox {

    /** Event keys looked up in one statement. */
    static final int KEYS_PER_LOOKUP = 1000;

    private static final Logger LOG = Logger.getLogger(WhatsAppInbox.class.getName());
    static final String ENTITY = "WhatsApp";
    /** Where admins keep the topics of menu item n: {@code whatsapp.menu.<n>.topics}, comma-separated codes. */
    static final String MENU_TOPICS = "whatsapp.menu.%d.topics";
    static final String[] DEFAULT_TOPICS = {null,
        "DAU,DBH,DAK_FISIK,DAK_NONFISIK,DANA_DESA,IF,HIBAH,OTSUS_DAIS,TRANSFER,EV_DANA_TRANSFER,DKD,APDT,DNKD",
        "PEMBIAYAAN", "JFAKPD", "SHSR", "PDRD", "APLIKASI", "PERMINTAAN_DATA", "RESERVASI"};
    /** Menu item 8, "Informasi Kunjungan ke DJPK": also tells the free consultation sessions and the region's quota. */
    static final int VISIT_ITEM = 8;
    static final Set<FileKind> FILES = Set.of(FileKind.PDF, FileKind.JPG, FileKind.PNG, FileKind.DOCX, FileKind.XLSX,
            FileKind.XLS);

    private final LetterTexts texts = new LetterTexts(WhatsAppInbox.class);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private RegionMatchers regionMatchers;

    @Inject
    private OfficeClock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private WhatsAppOutbox outbox;

    @Inject
    private CloudApi api;

    @Inject
    private HelpdeskService helpdesk;

    @Inject
    private TicketQueues queues;

    @Inject
    private ReferenceData reference;

    @Inject
    private CalendarService calendar;

    @Inject
    private DocumentStore documents;

    @Inject
    private PpidService ppid;

    @Inject
    private VisitService visits;

    @Inject
    private Links links;

    /**
     * Keeps the delivery's messages and statuses that are not yet known and returns the numbers that have new
     * ones to work. {@link IllegalArgumentException} for a body that is no Cloud API delivery (nothing stored).
     */
    public Set<String> store(byte[] body) {
        return storeAll(List.of(WebhookEvent.of(body))).get(0);
    }

    /**
     * Keeps the events of several deliveries in one transaction (the webhook's group commit, {@link WebhookStore}):
     * a look-up of the keys already known per thousand events, one insert per new event. Returns, per delivery in the same order, the
     * numbers that have new events to work. An event repeated within the list is kept once.
     */
    public List<Set<String>> storeAll(List<List<WebhookEvent>> deliveries) {
        List<String> keys = deliveries.stream().flatMap(List::stream).map(WebhookEvent::key).distinct().toList();
        Set<String> known = new java.util.HashSet<>();
        // in slices: a 3 MB delivery holds some 15.000 events, a batch several such, and PostgreSQL binds at most
        // 32.767 parameters in one statement
        for (int from = 0; from < keys.size(); from += KEYS_PER_LOOKUP) {
            known.addAll(em.createNamedQuery("StoredEvent.keys", String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_LOOKUP))).getResultList());
        }
        Instant now = clock.now();
        List<Set<String>> senders = new ArrayList<>(deliveries.size());
        for (List<WebhookEvent> events : deliveries) {
            Set<String> numbers = new LinkedHashSet<>();
            for (WebhookEvent e : events) {
                if (known.add(e.key())) {
                    em.persist(new StoredEvent(e, now));
                    if (e.waId() != null) {
                        numbers.add(e.waId());
                    }
                }
            }
            senders.add(numbers);
        }
        return senders;
    }

    /** A number's standing with the portal (the bot's state, the identity it gave, its ticket), if it ever wrote. */
    public Optional<Conversation> conversation(String waId) {
        return Optional.ofNullable(em.find(Conversation.class, waId));
    }

    /** Numbers with events stored more than {@code age} ago and still not worked (after a crash, or a busy moment). */
    public List<String> waiting(Duration age) {
        return em.createNamedQuery("StoredEvent.pendingSenders", String.class)
                .setParameter("stored", StoredEvent.State.STORED).setParameter("before", clock.now().minus(age))
                .getResultList();
    }

    /** Works one number's stored events in order, in a transaction of its own; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int process(String waId) {
        Conversation c = em.find(Conversation.class, waId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new Conversation(waId);
            em.persist(c);
            em.flush();
        }
        List<StoredEvent> pending = em.createNamedQuery("StoredEvent.pendingOf", StoredEvent.class)
                .setParameter("stored", StoredEvent.State.STORED).setParameter("waId", waId).getResultList();
        for (StoredEvent e : pending) {
            try {
                if (e.getKind() == WebhookEvent.Kind.STATUS) {
                    outbox.status(e.getPayload());
                } else {
                    message(c, e);
                }
                e.done(clock.now());
            } catch (BusinessException | IllegalArgumentException | jakarta.json.JsonException ex) {
                LOG.log(Level.WARNING, "WhatsApp event {0} not worked: {1}", new Object[] {e.getKey(), ex.toString()});
                e.failed(ex.toString(), clock.now());
            }
        }
        return pending.size();
    }

    private void message(Conversation c, StoredEvent e) {
        Inbound in = Inbound.of(e.getPayload(), e.getOccurredAt());
        c.wrote(in.at(), in.profileName());
        BotSession session = session(c, in.at());
        if (session.getStartedAt().equals(in.at()) && c.getStage() != Chatbot.Stage.AGENT) {
            c.restart();
        }
        Chatbot.State state = c.state(in.at());
        Chatbot.Turn turn = bot().next(state, in, handoverNote(state.identity().regionCode(), in.at()));
        Instant identifiedBefore = c.getIdentityAt();
        c.keep(turn.state(), in.at());
        if (c.getIdentityAt() != null && !c.getIdentityAt().equals(identifiedBefore) && c.isConsent()) {
            // the greeting told them that sending the identity means receiving announcements, and how to stop
            em.persist(new ConsentRecord(in.at(), "WHATSAPP", c.getWaId(), true, ConsentRecord.How.WHATSAPP_IDENTITY,
                    texts.text("bot.greeting")));
        }
        List<Outgoing> replies = new ArrayList<>(turn.replies());
        switch (turn.action()) {
            case MENU_CHOSEN -> {
                em.persist(new MenuChoice(c.getWaId(), turn.menuItem(), in.at(), clock.monthOf(in.at()).toString()));
                session.menuChosen();
                if (turn.menuItem() == VISIT_ITEM) {
                    replies.add(new Outgoing.Text(freeSessions(turn.state().identity().regionCode())));
                }
            }
            case HAND_OVER -> {
                em.persist(new MenuChoice(c.getWaId(), Chatbot.AGENT_ITEM, in.at(), clock.monthOf(in.at()).toString()));
                session.handedOver();
                String number = handOver(c, in, session);
                replies.add(new Outgoing.Text(texts.text("bot.handoverTicket", number)));
            }
            case TO_AGENT -> toAgent(c, in);
            case CONSENT_OFF, CONSENT_ON -> {
                boolean given = turn.action() == Chatbot.Action.CONSENT_ON;
                c.consent(given);
                em.persist(new ConsentRecord(in.at(), "WHATSAPP", c.getWaId(), given,
                        given ? ConsentRecord.How.WHATSAPP_IKUT : ConsentRecord.How.WHATSAPP_BERHENTI,
                        texts.text(given ? "bot.consentOn" : "bot.consentOff")));
                audit.recordAs(AuditTrail.PUBLIC, "WHATSAPP_CONSENT", ENTITY, c.getWaId(),
                        turn.action() == Chatbot.Action.CONSENT_ON ? "given (IKUT)" : "withdrawn (BERHENTI)");
            }
            case LOOKUP -> replies.add(new Outgoing.Text(lookup(turn.reference(), turn.code())));
            case NONE -> {
                // the replies are all
            }
        }
        for (Outgoing o : replies) {
            outbox.queue(c.getWaId(), o, null, null);
        }
    }

    private BotSession session(Conversation c, Instant at) {
        BotSession s = c.getSessionId() == null ? null : em.find(BotSession.class, c.getSessionId());
        if (s != null && s.continuesWith(at)) {
            s.message(at);
            return s;
        }
        s = new BotSession(c.getWaId(), at, clock.monthOf(at).toString());
        em.persist(s);
        em.flush();
        c.session(s.getId());
        return s;
    }

    private Chatbot bot() {
        return new Chatbot(regionMatchers.get(), new Chatbot.Knowledge() {
            @Override
            public List<Outgoing.Row> questions(int item) {
                List<Outgoing.Row> rows = new ArrayList<>();
                int n = 0;
                for (KnowledgeArticle a : published(topicsOf(item))) {
                    n++;
                    rows.add(new Outgoing.Row("kb:" + a.getId(), n + ". " + a.getQuestion(), a.getQuestion()));
                    if (n == 10) {
                        break;
                    }
                }
                return rows;
            }

            @Override
            public Optional<String> answer(String rowId) {
                try {
                    long id = Long.parseLong(rowId.substring("kb:".length()));
                    return Optional.ofNullable(em.find(KnowledgeArticle.class, id)).filter(KnowledgeArticle::isPublished)
                            .map(KnowledgeArticle::getAnswer);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        });
    }

    /** The topics of a menu item, as admins mapped them (the shipped mapping until then). */
    public List<String> topicsOf(int item) {
        if (item < 1 || item >= DEFAULT_TOPICS.length) {
            return List.of();
        }
        String key = String.format(Locale.ROOT, MENU_TOPICS, item);
        AppSetting s = em.find(AppSetting.class, key);
        String codes = s == null || s.getValue() == null ? DEFAULT_TOPICS[item] : s.getValue();
        return Arrays.stream(codes.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private List<KnowledgeArticle> published(Collection<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM KnowledgeArticle a WHERE a.published = :yes AND a.topicCode IN :topics "
                + "ORDER BY a.topicCode, a.question", KnowledgeArticle.class).setParameter("yes", Boolean.TRUE).setParameter("topics", topics)
                .getResultList();
    }

    /** What the user is told when handed over: an agent now, or when one will answer. */
    private String handoverNote(String regionCode, Instant at) {
        TimeZoneCode zone = regionCode == null ? TimeZoneCode.WIB
                : reference.findRegion(regionCode).map(Region::getTimeZone).orElse(TimeZoneCode.WIB);
        WorkingDays days = calendar.workingDays();
        var hours = helpdesk.serviceHours();
        if (hours.judge(at, zone, days) == HoursVerdict.INSIDE) {
            return texts.text("bot.hours.inside");
        }
        ZonedDateTime local = at.atZone(zone.zone());
        LocalDate day = local.toLocalDate();
        if (!days.isWorkingDay(day) || !local.toLocalTime().isBefore(hours.opening())) {
            day = days.nextWorkingDay(day);
        }
        String when = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", LetterTexts.ID).format(day) + " pukul "
                + DateTimeFormatter.ofPattern("HH.mm").format(hours.opening()) + " " + zone.name();
        return texts.text("bot.hours.outside", when);
    }

    /** The next bookable days with free sessions (SE-2/PK.1/2024), the region's face-to-face quota left, and the form. */
    private String freeSessions(String regionCode) {
        LocalDate from = visits.earliestForNow();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", LetterTexts.ID);
        StringBuilder lines = new StringBuilder();
        int shown = 0;
        for (var d : visits.availability(from, from.plusDays(30))) {
            if (!d.bookable() || d.free() == 0) {
                continue;
            }
            lines.append("\n• ").append(day.format(d.date())).append(": ").append(String.join(", ", d.sessions().stream()
                    .filter(x -> x.free()).map(x -> x.time()).toList()));
            if (++shown == 5) {
                break;
            }
        }
        String quota = regionCode == null ? "" : texts.text("bot.visit.quota", reference.findRegion(regionCode)
                .map(Region::getName).orElse(regionCode), visits.quotaLeft(regionCode, clock.monthOf(clock.now())));
        return texts.text(shown == 0 ? "bot.visit.none" : "bot.visit.sessions", lines.toString(), quota,
                links.publicBase() + Links.VISIT_FORM);
    }

    /** A ticket with the whole transcript and the identity; the agent answers from it. */
    private String handOver(Conversation c, Inbound in, BotSession session) {
        Identity id = c.state(in.at()).identity();
        String ref = "wa:" + c.getWaId() + ":" + in.wamid();
        String subject = id.question() == null ? "Chat WhatsApp" : firstLine(id.question());
        Intake intake = new Intake(Channel.WHATSAPP, ref, id.name() == null ? orNumber(c) : id.name(), id.email(),
                "+" + c.getWaId(), id.regionCode(), id.institution(), categoryOf(id), Set.of(),
                texts.text("ticket.subject", subject), transcript(c, session), c.isConsent());
        Opened opened = helpdesk.open(intake, AuditTrail.PUBLIC, in.at());
        queues.find(opened.number()).ifPresent(t -> t.lastMessage().travelled(in.wamid(), null));
        c.handedOver(opened.number(), ref);
        audit.recordAs(AuditTrail.PUBLIC, "WHATSAPP_HANDOVER", ENTITY, c.getWaId(), opened.number());
        return opened.number();
    }

    /** A later message of a handed-over user joins the ticket (reopening an answered or closed one). */
    private void toAgent(Conversation c, Inbound in) {
        Ticket ticket = c.getTicketNumber() == null ? null : queues.find(c.getTicketNumber()).orElse(null);
        if (ticket == null || ticket.getStatus() == TicketStatus.MERGED) {
            // the ticket went away (merged into another): a fresh hand-over with this message
            BotSession s = em.find(BotSession.class, c.getSessionId());
            String number = handOver(c, in, s);
            outbox.queue(c.getWaId(), new Outgoing.Text(texts.text("bot.handoverTicket", number)), null, null);
            return;
        }
        StringBuilder body = new StringBuilder(in.text() == null ? "" : in.text());
        StoredFile file = null;
        if (in.media() != null) {
            try {
                file = download(in);
            } catch (BusinessException | IOException e) {
                String why = e instanceof BusinessException b ? b.getKey() : e.getMessage();
                body.append(body.length() == 0 ? "" : "\n").append(texts.text("ticket.fileRefused", fileName(in), why));
            }
        } else if (in.unsupported()) {
            body.append(texts.text("ticket.unsupported", in.type()));
        }
        if (body.length() == 0) {
            body.append(fileName(in));
        }
        Intake intake = new Intake(Channel.WHATSAPP, c.getTicketRef(), ticket.getRequesterName(), null, "+" + c.getWaId(),
                null, null, null, Set.of(), ticket.getSubject(), body.toString(), false);
        helpdesk.open(intake, AuditTrail.PUBLIC, in.at());
        TicketMessage m = ticket.lastMessage();
        m.travelled(in.wamid(), null);
        if (file != null) {
            m.attach(file);
        }
    }

    private StoredFile download(Inbound in) throws IOException {
        CloudApi.Download d = api.media(in.media().id());
        try (InputStream content = d.content()) {
            return documents.storePersonal(content, fileName(in), FILES, id.djpk.portal.helpdesk.TicketAttachment.MAX_BYTES);
        }
    }

    private static String fileName(Inbound in) {
        if (in.media() == null) {
            return in.type();
        }
        if (in.media().fileName() != null && !in.media().fileName().isBlank()) {
            return in.media().fileName();
        }
        String mime = in.media().mimeType() == null ? "" : in.media().mimeType();
        String ext = mime.contains("png") ? "png" : mime.contains("pdf") ? "pdf" : "jpg";
        String tail = in.wamid() == null ? "" : in.wamid().replaceAll("[^A-Za-z0-9]", "");
        return "whatsapp-" + (tail.length() > 12 ? tail.substring(tail.length() - 12) : tail) + "." + ext;
    }

    /** The session's messages both ways, in the order of their times. */
    private String transcript(Conversation c, BotSession session) {
        record Line(Instant at, String who, String text) {
        }
        List<Line> lines = new ArrayList<>();
        for (StoredEvent e : em.createNamedQuery("StoredEvent.messagesSince", StoredEvent.class)
                .setParameter("waId", c.getWaId()).setParameter("message", WebhookEvent.Kind.MESSAGE)
                .setParameter("since", session.getStartedAt()).getResultList()) {
            Inbound in = Inbound.of(e.getPayload(), e.getOccurredAt());
            String text = in.text() != null ? in.text() : in.media() != null ? fileName(in) : texts.text("ticket.unsupported", in.type());
            lines.add(new Line(e.getOccurredAt(), c.getProfileName() == null ? "Pengguna" : c.getProfileName(), text));
        }
        for (SentMessage m : em.createNamedQuery("SentMessage.toSince", SentMessage.class).setParameter("to", c.getWaId())
                .setParameter("since", session.getStartedAt()).getResultList()) {
            lines.add(new Line(m.getCreatedAt(), "DJPK", m.getTranscript()));
        }
        lines.sort(java.util.Comparator.comparing(Line::at));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm").withZone(clock.zone());
        StringBuilder s = new StringBuilder(texts.text("ticket.transcript", c.getWaId()));
        for (Line l : lines) {
            s.append("\n\n[").append(time.format(l.at())).append("] ").append(l.who()).append(":\n").append(l.text());
        }
        String out = s.toString();
        return out.length() <= 19_000 ? out : out.substring(out.length() - 19_000);
    }

    private String lookup(String reference, String code) {
        try {
            if (reference.startsWith("TIK-")) {
                return queuesLookup(reference, code);
            }
            if (reference.startsWith("PPID-")) {
                return ppid.findForRequester(reference, code)
                        .map(r -> texts.text("bot.lookup.ppid", r.getTrackingNumber(), texts.text("status.ppid." + r.getStatus()),
                                DateTimeFormatter.ofPattern("d MMMM yyyy", LetterTexts.ID).format(r.getDueDate()),
                                links.ppidStatus(r.getTrackingNumber(), null)))
                        .orElseGet(() -> texts.text("bot.lookup.notFound", reference));
            }
            return visits.findForRequester(reference, code)
                    .map(v -> texts.text("bot.lookup.visit", v.getBookingCode(), texts.text("status.visit." + v.getStatus()),
                            v.getSlotDate() == null ? texts.text("visit.noDate")
                                    : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", LetterTexts.ID).format(v.getSlotDate()),
                            links.visitStatus(v.getBookingCode(), null)))
                    .orElseGet(() -> texts.text("bot.lookup.notFound", reference));
        } catch (BusinessException e) {
            return texts.text("bot.lookup.notFound", reference);
        }
    }

    private String queuesLookup(String number, String code) {
        return helpdesk.findForRequester(number, code)
                .map(t -> texts.text("bot.lookup.ticket", t.getNumber(), texts.text("status.ticket." + t.getStatus()),
                        links.ticket(t.getNumber(), null)))
                .orElseGet(() -> texts.text("bot.lookup.notFound", number));
    }

    /** An institution of a region is a regional government (an SKPD); agents correct it where it is not. */
    private static UserCategory categoryOf(Identity id) {
        return id.regionCode() != null ? UserCategory.PEMDA : null;
    }

    private static String orNumber(Conversation c) {
        return c.getProfileName() != null ? c.getProfileName() : "+" + c.getWaId();
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\\R", 2)[0];
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
