package id.djpk.portal.livechat;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.RateCounts;
import id.djpk.portal.system.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live chat's transactions: a visitor starts (a {@code LIVE_CHAT} ticket, a chat with its resume token, or
 * offline: the ticket alone, answered by e-mail), resumes, writes and closes; the sockets' instances ask what they
 * have not yet delivered ({@link #pending}); idle chats are closed; agents set their presence. Every change is
 * audited.
 */
@Stateless
public class LiveChatService {

    static final String ENTITY = "LiveChat";
    /** The rate counts' series of chats started, per client address. */
    public static final String STARTS = "livechat-start";
    public static final int STARTS_PER_WINDOW = 3;
    public static final Duration STARTS_WINDOW = Duration.ofMinutes(10);
    /** A visitor silent this long is closed politely. */
    public static final Duration IDLE = Duration.ofMinutes(10);
    /** Who closed a chat, besides an agent's or the visitor's name: the idle rule. */
    public static final String IDLE_CLOSE = "idle";
    public static final String VISITOR_CLOSE = "visitor";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private HelpdeskService helpdesk;

    @Inject
    private AgentDesk desk;

    @Inject
    private TicketQueues queues;

    @Inject
    private ReferenceData reference;

    @Inject
    private CalendarService calendar;

    @Inject
    private RateCounts counts;

    @Inject
    private AuditTrail audit;

    @Inject
    private OfficeClock clock;

    @Inject
    @ConfigProperty(name = "portal.livechat.hours", defaultValue = "service")
    private String hours;

    /** How a start ended: a chat with its token, a ticket answered by e-mail, or too many chats from the address. */
    public record Start(Outcome outcome, String ticket, String token) {
        public enum Outcome { STARTED, OFFLINE, TOO_MANY }
    }

    /** One entry to deliver: a public message of the thread, with who wrote it as the socket names it. */
    public record Line(long id, String ticket, String from, String body, Instant at) {
    }

    /** What an instance has to deliver to one chat: new lines, and whether (and by whom) the chat was closed. */
    public record Pending(String ticket, List<Line> lines, boolean closed, String closedBy) {
    }

    public LiveChatHours hours() {
        return LiveChatHours.parse(hours);
    }

    /**
     * A visitor's start from {@code address}. Bad input is refused with its violations and never counted; the
     * {@value #STARTS_PER_WINDOW} chats an address may start in {@link #STARTS_WINDOW} count the good ones.
     */
    public Start start(String name, String email, String regionCode, String message, String address) {
        List<Violation> v = new ArrayList<>(ChatInput.start(name, email, message));
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        Optional<Region> r = region == null ? Optional.empty() : reference.findRegion(region);
        if (region != null && r.isEmpty()) {
            v.add(Violation.of("regionCode", "helpdesk.import.unknownRegion", region));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (!counts.take(STARTS, address, STARTS_WINDOW, STARTS_PER_WINDOW).counted()) {
            audit.recordAs(AuditTrail.PUBLIC, "LIVECHAT_REFUSED", ENTITY, address, "too many chats");
            return new Start(Start.Outcome.TOO_MANY, null, null);
        }
        Instant now = clock.now();
        TimeZoneCode zone = r.map(Region::getTimeZone).orElse(null);
        boolean live = hours().open(now, zone, helpdesk.serviceHours(), calendar.workingDays()) && agentAvailable(now);
        Intake in = new Intake(Channel.LIVE_CHAT, null, name, email, null, region, null, null, Set.of(),
                ChatInput.subject(message), message, false);
        Opened opened = helpdesk.open(in, AuditTrail.PUBLIC, now);
        if (!live) {
            audit.recordAs(AuditTrail.PUBLIC, "LIVECHAT_OFFLINE", ENTITY, opened.number(), "answered by e-mail");
            return new Start(Start.Outcome.OFFLINE, opened.number(), null);
        }
        String token = AccessCode.generate();
        em.persist(new LiveChat(opened.number(), AccessCode.hash(token), now));
        audit.recordAs(AuditTrail.PUBLIC, "LIVECHAT_STARTED", ENTITY, opened.number(), null);
        return new Start(Start.Outcome.STARTED, opened.number(), token);
    }

    /** The open chat of a resume token; a closed chat or unknown token answers empty alike. */
    public Optional<LiveChat> resume(String token) {
        return byToken(token).filter(LiveChat::isOpen);
    }

    /** The visitor's message in the open chat of {@code token}: it joins the ticket's thread. */
    public Line write(String token, String body) {
        List<Violation> v = ChatInput.message("body", body);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LiveChat chat = resume(token).orElseThrow(() -> new BusinessException("livechat.closed"));
        Ticket t = queues.get(chat.getTicketNumber());
        if (t.getStatus() == TicketStatus.CLOSED || t.getStatus() == TicketStatus.MERGED) {
            throw new BusinessException("livechat.closed");
        }
        Instant now = clock.now();
        Intake in = new Intake(Channel.LIVE_CHAT, null, t.getRequesterName(), t.getRequesterEmail(), null,
                t.getRegionCode(), null, null, Set.of(), t.getSubject(), body, false);
        TicketMessage m = helpdesk.receive(in, t, AuditTrail.PUBLIC, now, false).message();
        chat.visitorWrote(now);
        em.flush();
        return new Line(m.getId(), t.getNumber(), "VISITOR", m.getBody(), m.getAt());
    }

    /** The visitor ends the chat: the ticket is closed with the transcript and the survey link by e-mail. */
    public void closeByVisitor(String token) {
        resume(token).ifPresent(chat -> close(chat, VISITOR_CLOSE, AuditTrail.PUBLIC));
    }

    /** Chats whose visitor wrote nothing for {@link #IDLE}: closed politely, as the visitor would. */
    public int closeIdle() {
        List<LiveChat> idle = em.createNamedQuery("LiveChat.idle", LiveChat.class)
                .setParameter("before", clock.now().minus(IDLE)).getResultList();
        idle.forEach(chat -> close(chat, IDLE_CLOSE, AuditTrail.SYSTEM));
        return idle.size();
    }

    private void close(LiveChat chat, String by, String actor) {
        if (!chat.close(by, clock.now())) {
            return;
        }
        audit.recordAs(actor, "LIVECHAT_CLOSED", ENTITY, chat.getTicketNumber(), by);
        Ticket t = queues.get(chat.getTicketNumber());
        // a ticket waiting on Layer 2 stays open: the answer follows by e-mail
        if (t.getStatus() != TicketStatus.CLOSED && t.getStatus() != TicketStatus.MERGED
                && t.getStatus() != TicketStatus.WAITING_L2) {
            desk.closeAs(t.getNumber(), actor);
        }
    }

    /** An agent closes the chat (the console's button): the ticket's close mails the transcript and the survey. */
    public void closeByAgent(String number) {
        Ticket t = queues.get(number);
        String actor = audit.currentActor();
        openChat(number).ifPresent(chat -> {
            chat.close(actor, clock.now());
            audit.recordAs(actor, "LIVECHAT_CLOSED", ENTITY, number, "agent");
        });
        if (t.getStatus() != TicketStatus.CLOSED && t.getStatus() != TicketStatus.MERGED) {
            desk.close(number);
        }
    }

    /** The open chat of a ticket, if the visitor is still in it. */
    public Optional<LiveChat> openChat(String number) {
        return em.createNamedQuery("LiveChat.byTicket", LiveChat.class).setParameter("number", number)
                .getResultStream().filter(LiveChat::isOpen).findFirst();
    }

    /**
     * For one instance's sockets: per ticket, the public messages at or after {@code since} (the socket knows which
     * it sent already), and whether the chat has been closed (a ticket closed by an agent anywhere closes its chat).
     * Answers handed to the chat are marked delivered by {@link #delivered} once a socket sent them.
     */
    public List<Pending> pending(Collection<String> tickets, Instant since) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        Map<String, List<Line>> lines = new HashMap<>();
        for (Object[] m : em.createNamedQuery("LiveChat.messagesSince", Object[].class).setParameter("numbers", tickets)
                .setParameter("kinds", List.of(TicketMessage.Kind.REQUEST, TicketMessage.Kind.REPLY))
                .setParameter("since", since).getResultList()) {
            String number = (String) m[1];
            String from = m[2] == TicketMessage.Kind.REPLY ? "AGENT" : "VISITOR";
            lines.computeIfAbsent(number, k -> new ArrayList<>()).add(new Line((Long) m[0], number, from, (String) m[3], (Instant) m[4]));
        }
        List<Pending> out = new ArrayList<>();
        for (Object[] row : em.createNamedQuery("LiveChat.ofTickets", Object[].class).setParameter("numbers", tickets)
                .getResultList()) {
            LiveChat chat = (LiveChat) row[0];
            TicketStatus s = (TicketStatus) row[1];
            boolean closed = !chat.isOpen();
            if (!closed) {
                if (s.isDone()) {
                    chat.close(AuditTrail.SYSTEM, clock.now());
                    audit.recordAs(AuditTrail.SYSTEM, "LIVECHAT_CLOSED", ENTITY, chat.getTicketNumber(), "ticket " + s);
                    closed = true;
                }
            }
            List<Line> l = lines.getOrDefault(chat.getTicketNumber(), List.of());
            if (!l.isEmpty() || closed) {
                out.add(new Pending(chat.getTicketNumber(), l, closed, chat.getClosedBy()));
            }
        }
        return out;
    }

    /** Agents' answers a socket has sent to the visitor. */
    public void delivered(Collection<Long> messageIds) {
        for (Long id : messageIds) {
            TicketMessage m = em.find(TicketMessage.class, id);
            if (m != null && m.getKind() == TicketMessage.Kind.REPLY) {
                m.delivery(TicketMessage.Delivery.DELIVERED, null);
            }
        }
    }

    /** The public thread so far, oldest first (a resumed chat shows it again). */
    public List<Line> transcript(String number) {
        return queues.get(number).publicThread().stream().map(m -> new Line(m.getId(), number,
                m.getKind() == TicketMessage.Kind.REPLY ? "AGENT" : "VISITOR", m.getBody(), m.getAt())).toList();
    }

    // ---------------------------------------------------------------- presence

    /** An agent sets themselves available or away (the console, {@code PUT /portal/api/livechat/presence}). */
    public AgentPresence setPresence(String username, boolean available) {
        Instant now = clock.now();
        AgentPresence p = em.find(AgentPresence.class, username);
        boolean changed = p == null || p.isAvailable() != available;
        if (p == null) {
            p = new AgentPresence(username, available, now);
            em.persist(p);
        } else {
            p.set(available, now);
        }
        if (changed) {
            audit.recordAs(username, "LIVECHAT_PRESENCE", "AgentPresence", username, available ? "available" : "away");
        }
        return p;
    }

    /** An agent signed out: away at once, not after two silent minutes. */
    public void signedOut(String username) {
        AgentPresence p = em.find(AgentPresence.class, username);
        if (p != null && p.isAvailable()) {
            setPresence(username, false);
        }
    }

    /** The agent's console is open: not silent. */
    public void seen(String username) {
        AgentPresence p = em.find(AgentPresence.class, username);
        if (p != null) {
            p.seen(clock.now());
        }
    }

    public boolean isAvailable(String username) {
        AgentPresence p = em.find(AgentPresence.class, username);
        return p != null && p.availableAt(clock.now());
    }

    /** The agents available now (set available, not silent for two minutes). */
    public List<String> availableAgents() {
        return availableSince(clock.now());
    }

    private boolean agentAvailable(Instant now) {
        return !availableSince(now).isEmpty();
    }

    private List<String> availableSince(Instant now) {
        return em.createNamedQuery("AgentPresence.availableSince", AgentPresence.class)
                .setParameter("since", now.minus(AgentPresence.SILENCE)).getResultStream()
                .map(AgentPresence::getUsername).toList();
    }

    // ---------------------------------------------------------------- agents' view

    /**
     * What the agents' consoles show of the live chats, as one text that changes whenever that does: every open
     * chat with its agent, its ticket's state and its count of messages (one query, for the consoles' push).
     */
    public String consoleState() {
        StringBuilder state = new StringBuilder();
        for (Object[] row : em.createNamedQuery("LiveChat.consoleState", Object[].class).getResultList()) {
            state.append(row[0]).append('|').append(row[1]).append('|').append(row[2]).append('|').append(row[3]).append('\n');
        }
        return state.toString();
    }

    /** The open chats, oldest first: the live queue. */
    public List<LiveChat> openChats() {
        return em.createNamedQuery("LiveChat.open", LiveChat.class).getResultList();
    }

    private Optional<LiveChat> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > AccessCode.MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery("LiveChat.byToken", LiveChat.class).setParameter("hash", AccessCode.hash(token))
                .getResultStream().findFirst();
    }
}
