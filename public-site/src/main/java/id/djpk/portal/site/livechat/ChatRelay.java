package id.djpk.portal.site.livechat;

import id.djpk.portal.livechat.LiveChatService;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's open chat sockets, and the one task that feeds them: every {@value #POLL_MILLIS} ms it asks the
 * database what the open chats hold that a socket has not had yet (an agent's answer written on any instance, the
 * visitor's own message, a close) and sends it. Nothing is handed from socket to socket in memory, so a visitor's
 * socket and the agent may be on different instances.
 * <p>
 * One poll is two indexed queries for all of the instance's chats, whatever their number. A socket's first poll
 * reads its chat from where it joined (a resumed chat gets its thread again); after that a poll reads only what was
 * written since the previous successful poll, less {@link #OVERLAP} for transactions that commit late and clocks of
 * instances that differ.
 */
@ApplicationScoped
public class ChatRelay {

    static final long POLL_MILLIS = 100;
    /** How far before a socket's last delivered message the next poll looks again (clocks of instances differ). */
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(ChatRelay.class.getName());

    /** One open socket: its language, its client's address and, once started or resumed, its chat. */
    static final class Socket {
        final Session session;
        final Locale locale;
        final String address;
        volatile String ticket;
        volatile String token;
        volatile Instant lastAt;
        volatile Instant lastMessage;
        /** Counts joins; a poll marks the socket as served only for the join it saw. */
        volatile int epoch;
        /** Whether a successful poll has read this join's chat from {@link #lastAt}. */
        volatile boolean polled;
        final Set<Long> delivered = ConcurrentHashMap.newKeySet();

        Socket(Session session, Locale locale, String address) {
            this.session = session;
            this.locale = locale;
            this.address = address;
        }

        /**
         * Joins the chat and sends {@code frame} (the {@code started} frame) before any message of the chat: the
         * poll, which may see the join at once, sends under the same lock.
         */
        synchronized void join(String ticket, String token, Instant from, String frame) {
            join(ticket, token, from);
            send(frame);
        }

        private void join(String ticket, String token, Instant from) {
            this.ticket = ticket;
            this.token = token;
            this.lastAt = from;
            this.delivered.clear();
            this.polled = false;
            this.epoch++;
        }

        void leave() {
            this.ticket = null;
            this.token = null;
        }

        /**
         * One frame, queued behind the socket's earlier ones (frames of the poll and of the visitor's own requests
         * keep their order). Nothing here waits for the network: a blocking send waits for the container to say the
         * connection is writable again, which it may not do while this connection's own thread waits for this lock
         * (the poll sending an answer, the visitor's frame being handled) — and one stuck send stops the poll, and
         * with it every chat of the instance.
         */
        synchronized void send(String frame) {
            if (session.isOpen()) {
                try {
                    session.getAsyncRemote().sendText(frame, result -> {
                        if (!result.isOK()) {
                            notSent(result.getException());
                        }
                    });
                } catch (IllegalStateException e) {
                    notSent(e);
                }
            }
        }

        /**
         * A frame the container did not send: expected when the visitor has just gone (FINE), worth a warning while
         * the socket is still open (a visitor waiting for a frame that will not come; the frame is not logged, a
         * {@code started} frame carries the chat's token).
         */
        private void notSent(Throwable e) {
            LOG.log(session.isOpen() ? Level.WARNING : Level.FINE, "live chat frame not sent on socket "
                    + session.getId() + (ticket == null ? "" : " of chat " + ticket), e);
        }

        void close() {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "closed"));
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "live chat socket not closed cleanly", e);
            }
        }

        String text(String key, Object... args) {
            return Messages.text(locale, key, args);
        }
    }

    @Inject
    private LiveChatService chats;

    @Inject
    private OfficeClock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Map<String, Socket> sockets = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;
    /** When the last successful poll began (only the scheduler's thread reads and writes it). */
    private Instant lastPoll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The socket's state, made once: whichever of its open and its first frame comes first makes it. */
    Socket add(Session session, Locale locale, String address) {
        return sockets.computeIfAbsent(session.getId(), id -> new Socket(session, locale, address));
    }

    Socket of(Session session) {
        return sockets.get(session.getId());
    }

    void remove(Session session) {
        sockets.remove(session.getId());
    }

    /** The open sockets in a chat (for the benchmark's and operators' eyes: how many this instance holds). */
    int openChats() {
        return (int) sockets.values().stream().filter(s -> s.ticket != null).count();
    }

    void poll() {
        try {
            deliver();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live chat delivery failed; next try in " + POLL_MILLIS + " ms", e);
        } catch (Error e) {
            // a periodic task that throws is never run again: every chat of this instance would fall silent
            LOG.log(Level.SEVERE, "live chat delivery failed; next try in " + POLL_MILLIS + " ms", e);
        }
    }

    private void deliver() {
        Instant started = clock.now();
        Map<String, List<Socket>> byTicket = new HashMap<>();
        Map<Socket, Integer> seen = new HashMap<>();
        Instant since = null;
        for (Socket s : sockets.values()) {
            String ticket = s.ticket;
            if (ticket != null && s.session.isOpen()) {
                byTicket.computeIfAbsent(ticket, k -> new ArrayList<>()).add(s);
                seen.put(s, s.epoch);
                Instant from = s.polled && lastPoll != null ? lastPoll : s.lastAt;
                since = since == null || from.isBefore(since) ? from : since;
            }
        }
        if (byTicket.isEmpty()) {
            lastPoll = started;
            return;
        }
        since = since.minus(OVERLAP);
        List<Long> answers = new ArrayList<>();
        for (LiveChatService.Pending p : chats.pending(byTicket.keySet(), since)) {
            for (Socket s : byTicket.getOrDefault(p.ticket(), List.of())) {
                send(s, p, answers);
            }
        }
        if (!answers.isEmpty()) {
            chats.delivered(answers);
        }
        seen.forEach((s, epoch) -> {
            if (s.epoch == epoch) {
                s.polled = true;
            }
        });
        lastPoll = started;
    }

    private static void send(Socket s, LiveChatService.Pending p, Collection<Long> answers) {
        for (LiveChatService.Line line : p.lines()) {
            if (s.delivered.add(line.id())) {
                s.send(ChatFrames.message(line));
                if (line.at().isAfter(s.lastAt)) {
                    s.lastAt = line.at();
                }
                if ("AGENT".equals(line.from())) {
                    answers.add(line.id());
                }
            }
        }
        if (p.closed()) {
            if (!LiveChatService.VISITOR_CLOSE.equals(p.closedBy())) {
                String key = LiveChatService.IDLE_CLOSE.equals(p.closedBy()) ? "livechat.idleClosed" : "livechat.closedByAgent";
                s.send(ChatFrames.message("SYSTEM", s.text(key), Instant.now().toString()));
            }
            s.send(ChatFrames.closed());
            s.leave();
            s.close();
        }
    }
}
