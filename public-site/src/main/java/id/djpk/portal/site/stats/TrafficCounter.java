package id.djpk.portal.site.stats;

import id.djpk.portal.sitestats.SiteStatistics;
import id.djpk.portal.sitestats.VisitorHasher;
import id.djpk.portal.system.OfficeClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts page views and daily visitors in memory and writes them to {@link SiteStatistics} every
 * 30 seconds and at shutdown. Counting costs a hash and two map updates; the database is only
 * touched by the flush, and for the day's salt once a day.
 */
@ApplicationScoped
public class TrafficCounter {

    private static final Logger LOG = Logger.getLogger(TrafficCounter.class.getName());
    /** How often counts are written; MicroProfile Config {@code portal.stats.flush-seconds} (tests use 2). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.stats.flush-seconds", defaultValue = "30")
    long flushSeconds;
    /** Batches that could not be written wait for the next flush; beyond this many the oldest is dropped. */
    static final int MAX_PENDING = 20;
    /** A request that picked up a batch just before it was retired finishes counting within this time. */
    private static final long GRACE_MILLIS = 50;
    private static final Duration SALT_RETRY = Duration.ofSeconds(30);

    /** The counts of one day since the last flush. */
    static final class Batch {
        final LocalDate day;
        final Map<String, LongAdder> views = new ConcurrentHashMap<>();
        final Set<String> visitors = ConcurrentHashMap.newKeySet();
        /** The latest title each page was rendered with in Bahasa Indonesia. */
        final Map<String, String> titles = new ConcurrentHashMap<>();

        Batch(LocalDate day) {
            this.day = day;
        }

        boolean isEmpty() {
            return views.isEmpty() && visitors.isEmpty() && titles.isEmpty();
        }
    }

    private record Salt(LocalDate day, String value) {
    }

    @Inject
    private SiteStatistics statistics;

    @Inject
    private OfficeClock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final AtomicReference<Batch> current = new AtomicReference<>();
    private final Deque<Batch> pending = new ConcurrentLinkedDeque<>();
    private final Object saltLock = new Object();
    private volatile Salt salt;
    private volatile Instant saltFailedAt;
    private ScheduledFuture<?> task;

    @PostConstruct
    void firstBatch() {
        current.set(new Batch(today()));
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        saltOf(today());
        task = scheduler.scheduleWithFixedDelay(this::flush, flushSeconds, flushSeconds, TimeUnit.SECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        if (task != null) {
            task.cancel(false);
        }
        flush();
    }

    /** The title a page was just rendered with in Bahasa Indonesia (the reports name pages by it). */
    public void title(String page, String title) {
        batchOf(today()).titles.put(page, title);
    }

    /** One page view; {@code address} and {@code userAgent} only enter the day's salted hash. */
    public void count(String page, String address, String userAgent) {
        LocalDate day = today();
        Batch batch = batchOf(day);
        batch.views.computeIfAbsent(page, p -> new LongAdder()).increment();
        String s = saltOf(day);
        if (s != null) {
            batch.visitors.add(VisitorHasher.hash(s, address, userAgent));
        }
    }

    private Batch batchOf(LocalDate day) {
        Batch batch = current.get();
        while (!batch.day.equals(day)) {
            // midnight in Jakarta: the old day's counts are written under the old day
            Batch fresh = new Batch(day);
            if (current.compareAndSet(batch, fresh)) {
                pending.addLast(batch);
                return fresh;
            }
            batch = current.get();
        }
        return batch;
    }

    private String saltOf(LocalDate day) {
        Salt s = salt;
        if (s != null && s.day.equals(day)) {
            return s.value;
        }
        return loadSalt(day);
    }

    private String loadSalt(LocalDate day) {
        // its own lock: a request must never wait for a flush in progress
        synchronized (saltLock) {
            Salt s = salt;
            if (s != null && s.day.equals(day)) {
                return s.value;
            }
            Instant failed = saltFailedAt;
            if (failed != null && clock.now().isBefore(failed.plus(SALT_RETRY))) {
                return null;
            }
            try {
                String value = statistics.saltFor(day);
                salt = new Salt(day, value);
                saltFailedAt = null;
                return value;
            } catch (RuntimeException e) {
                saltFailedAt = clock.now();
                LOG.log(Level.WARNING, "Visitor salt unavailable; visitors are not counted for a while: " + e);
                return null;
            }
        }
    }

    synchronized void flush() {
        try {
            LocalDate day = today();
            Batch retired = current.getAndSet(new Batch(day));
            if (!retired.isEmpty()) {
                pending.addLast(retired);
            }
            if (pending.isEmpty()) {
                saltOf(day);
                return;
            }
            Thread.sleep(GRACE_MILLIS);
            while (pending.size() > MAX_PENDING) {
                Batch dropped = pending.pollFirst();
                LOG.warning(() -> "Traffic counts of " + dropped.day + " dropped after repeated write failures");
            }
            for (Batch b = pending.peekFirst(); b != null; b = pending.peekFirst()) {
                if (!b.isEmpty()) {
                    Map<String, Long> views = new HashMap<>();
                    b.views.forEach((path, n) -> views.put(path, n.sum()));
                    statistics.record(b.day, views, List.copyOf(b.visitors), Map.copyOf(b.titles));
                }
                pending.pollFirst();
            }
            // fetch the day's salt here rather than in the first request after midnight
            saltOf(day);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // kept in pending and written with the next flush (two instances may race on a new row)
            LOG.log(Level.WARNING, "Writing traffic counts failed, retrying at the next flush: " + e);
        }
    }

    private LocalDate today() {
        return clock.today();
    }
}
