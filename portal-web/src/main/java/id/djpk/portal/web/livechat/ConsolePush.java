package id.djpk.portal.web.livechat;

import id.djpk.portal.livechat.LiveChatService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the agents' live consoles at once when the live queue or a chat changes: every {@value #POLL_MILLIS} ms
 * it reads {@link LiveChatService#consoleState} (one query), and when that differs from the last it pushes
 * {@code "refresh"} on the Faces websocket channel {@value #CHANNEL}, on which every console re-renders its queue,
 * counter and threads. The state is read from the database, so a chat started or answered on any instance reaches
 * the consoles of every instance; the push carries no data, only the nudge.
 */
@ApplicationScoped
public class ConsolePush {

    static final String CHANNEL = "livechat";
    static final long POLL_MILLIS = 500;
    private static final Logger LOG = Logger.getLogger(ConsolePush.class.getName());

    @Inject
    private LiveChatService chats;

    @Inject
    @Push(channel = CHANNEL)
    private PushContext consoles;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;
    /** The state last pushed (only the scheduler's thread reads and writes it). */
    private String last;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::check, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        if (task != null) {
            task.cancel(false);
        }
    }

    void check() {
        try {
            String state = chats.consoleState();
            if (!Objects.equals(state, last)) {
                if (last != null) {
                    consoles.send("refresh");
                }
                last = state;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live console push failed; next try in " + POLL_MILLIS + " ms", e);
        }
    }
}
