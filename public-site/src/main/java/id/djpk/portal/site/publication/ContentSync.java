package id.djpk.portal.site.publication;

import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.publication.ChangeSet;
import id.djpk.portal.publication.PublicFile;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationIndex;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.NativeHeap;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps this instance in step with the database, the only channel from the staff portal
 * (ARCHITECTURE.md): builds the search index at start, then every second compares the content
 * revision and the next scheduled publication moment; when either says something changed it
 * re-indexes what changed and raises {@link #revision()}, which empties the page cache but for the detail pages of
 * the publications the change did not touch ({@link #detailPagesChanged}). A change made by staff is thus visible here
 * within about two seconds.
 * <p>
 * The index is kept under this instance's data directory ({@code index/publications}) with the content revision and
 * moment it is current for ({@link PublicationIndex.Stamp}). A start whose database still has that revision only
 * catches up what became visible since (scheduled publications) instead of rebuilding; any other revision, a missing
 * or damaged index or another index format means a rebuild. Each instance keeps its own index: instances on several
 * machines each rebuild or catch up from the one database, and two instances sharing a data directory get an index
 * in memory for the second one (Lucene's lock).
 */
@ApplicationScoped
public class ContentSync {

    private static final Logger LOG = Logger.getLogger(ContentSync.class.getName());
    /** A change is stamped before its transaction commits: look back this far to catch slow commits. */
    private static final Duration COMMIT_MARGIN = Duration.ofSeconds(60);
    private static final Duration TOPIC_REFRESH = Duration.ofMinutes(5);
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);
    /** Steps of {@link #revision()} whose touched detail pages are remembered (a page cache further behind empties). */
    private static final int KEPT_STEPS = 256;
    /** A step that touched more detail pages than this (an import) empties the page cache. */
    private static final int MAX_PAGES_A_STEP = 1_000;

    @Inject
    private PublicationService publications;

    @Inject
    private ReferenceData reference;

    @Inject
    private OfficeClock clock;

    @Inject
    private PortalConfig config;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile PublicationIndex index = new PublicationIndex();
    private final AtomicLong revision = new AtomicLong();
    /** The slugs whose detail pages each step of the revision may have changed; a step not here changed everything. */
    private final ConcurrentNavigableMap<Long, Set<String>> touched = new ConcurrentSkipListMap<>();
    private volatile long contentRevision = -1;
    private volatile Map<Long, PublicItem> items = Map.of();
    private volatile VisibleItems visible = VisibleItems.EMPTY;
    private volatile List<Integer> years = List.of();
    private volatile Map<String, TopicView> topics = Map.of();
    private volatile Set<String> usedTopics = Set.of();

    // touched by the sync task only (one run at a time)
    private boolean built;
    private Instant lastSync;
    private Instant nextDue;
    private Instant topicsLoadedAt;
    private Instant lastWarning;
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        PublicationIndex empty = index;
        index = PublicationIndex.open(config.dataDir().resolve("index").resolve("publications"));
        empty.close();
        sync();
        task = scheduler.scheduleWithFixedDelay(this::sync, 1, 1, TimeUnit.SECONDS);
        // the public site's start-up is the last of the process's (it deploys after the staff portal)
        NativeHeap.trimAfter("Public site");
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        index.close();
    }

    /** Goes up whenever what the public sees may have changed; the page cache follows it. */
    public long revision() {
        return revision.get();
    }

    /**
     * The publications (slugs) whose detail pages may differ between {@link #revision()} {@code from} and {@code to}:
     * each one changed, made visible or withdrawn in between, and those it links to or that link to it (a regulation
     * that amends or revokes another, before and after the change). Empty when every page may differ: new topic
     * names, a rebuild of the index, a step with more than {@value #MAX_PAGES_A_STEP} pages, or more steps than
     * remembered.
     */
    public Optional<Set<String>> detailPagesChanged(long from, long to) {
        if (from >= to) {
            return Optional.of(Set.of());
        }
        if (to - from > KEPT_STEPS) {
            return Optional.empty();
        }
        Set<String> slugs = new HashSet<>();
        for (long step = from + 1; step <= to; step++) {
            Set<String> pages = touched.get(step);
            if (pages == null) {
                return Optional.empty();
            }
            slugs.addAll(pages);
        }
        return Optional.of(slugs);
    }

    /**
     * The detail pages a change set touches, given the publications as they were before it: each changed or
     * withdrawn publication's page under its slug before and after, and the pages of the publications it links to
     * before and after (they show its title, or list it among those that amend them).
     */
    static Set<String> detailPagesOf(ChangeSet changes, Map<Long, PublicItem> before) {
        Set<String> slugs = new HashSet<>();
        for (PublicItem now : changes.visible()) {
            addPages(slugs, now);
            addPages(slugs, before.get(now.id()));
        }
        for (Long id : changes.gone()) {
            addPages(slugs, before.get(id));
        }
        return slugs;
    }

    private static void addPages(Set<String> slugs, PublicItem item) {
        if (item == null) {
            return;
        }
        addPage(slugs, item.slug());
        if (item.amends() != null) {
            addPage(slugs, item.amends().slug());
        }
        if (item.revokes() != null) {
            addPage(slugs, item.revokes().slug());
        }
        if (item.amendedBy() != null) {
            item.amendedBy().forEach(link -> addPage(slugs, link.slug()));
        }
    }

    private static void addPage(Set<String> slugs, String slug) {
        if (slug != null && !slug.isEmpty()) {
            slugs.add(slug);
        }
    }

    /**
     * Raises the revision, remembering which detail pages the step touched ({@code null}: any page may have changed).
     * Only the sync task calls it, one run at a time.
     */
    private void step(Set<String> detailPages) {
        long next = revision.get() + 1;
        if (detailPages != null && detailPages.size() <= MAX_PAGES_A_STEP) {
            touched.put(next, Set.copyOf(detailPages));
        }
        touched.headMap(next - KEPT_STEPS).clear();
        // after what it touched is known: a page cache that sees the new revision finds its step
        revision.set(next);
    }

    /** The database's content revision this instance has caught up with (-1 before the first build). */
    public long contentRevision() {
        return contentRevision;
    }

    public int indexed() {
        return index.size();
    }

    public boolean isReady() {
        return contentRevision >= 0;
    }

    public List<PublicationIndex.Hit> search(String text, PublicationType type, Integer year, String topic, int max) {
        return search(text, type, year, topic, max, 0, max).hits();
    }

    /**
     * One page ({@code count} from {@code offset}) of the best {@code max} matches, the hits' cards from the visible
     * publications held here (the index reads a stored document only for one it does not find among them).
     */
    public PublicationIndex.Result search(String text, PublicationType type, Integer year, String topic, int max,
                                          int offset, int count) {
        Map<Long, PublicItem> known = items;
        return index.search(text, type, year, topic, max, offset, count, known::get);
    }

    /**
     * A page of the visible publications as last synchronised (without their bodies), newest first, as
     * {@link PublicationService#visible} would answer it, from memory: listings, the home page, feeds and APIs.
     */
    public ResultPage<PublicItem> visible(PublicationQuery query) {
        return visible.page(query);
    }

    /** A visible publication as last synchronised (without its body), for search results and APIs. */
    public Optional<PublicItem> item(long id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Years that have visible publications, newest first. */
    public List<Integer> years() {
        return years;
    }

    /**
     * Active topics that visible publications carry, in their reference order: the topic filter
     * offers no choice that can only lead to an empty list (and none of the contact center's
     * internal topics).
     */
    public List<TopicView> publicationTopics() {
        Set<String> used = usedTopics;
        return topics.values().stream().filter(t -> t.active() && used.contains(t.code())).toList();
    }

    public boolean isTopic(String code) {
        return code != null && topics.containsKey(code);
    }

    /** The topic's display name, or the code itself if the topic is unknown. */
    public String topicName(String code) {
        return topicName(code, Language.ID);
    }

    /** The topic's name in the page's language, or the code itself if the topic is unknown. */
    public String topicName(String code, Language language) {
        TopicView t = topics.get(code);
        return t == null ? code : t.name(language);
    }

    synchronized void sync() {
        try {
            if (!built) {
                if (!resume()) {
                    rebuild();
                }
            } else {
                catchUp();
            }
        } catch (RuntimeException e) {
            // keep the schedule alive: a failed run (database restarting, schema not yet migrated by
            // the staff portal) is simply retried a second later
            Instant now = clock.now();
            if (lastWarning == null || now.isAfter(lastWarning.plus(WARNING_INTERVAL))) {
                lastWarning = now;
                LOG.log(Level.WARNING, "Public content sync failed, retrying every second: " + e, e);
            }
        }
    }

    /**
     * Takes up the index kept from the last run if it is current for the database's content revision, and catches up
     * what became visible since its moment. False when it must be rebuilt.
     */
    private boolean resume() {
        Optional<PublicationIndex.Stamp> stamp = index.stamp();
        if (stamp.isEmpty()) {
            return false;
        }
        long dbRevision = publications.contentRevision();
        if (stamp.get().contentRevision() != dbRevision) {
            LOG.info(() -> "Search index is for content revision " + stamp.get().contentRevision() + ", the database has "
                    + dbRevision + ": rebuilding it");
            return false;
        }
        Instant started = clock.now();
        loadTopics(started);
        List<PublicItem> all = publications.allVisible();
        Map<Long, PublicItem> snapshot = new HashMap<>();
        for (PublicItem item : all) {
            snapshot.put(item.id(), withoutBody(item));
        }
        // the same revision, but time has passed: scheduled publications that are due, and a commit's margin
        ChangeSet changes = publications.changedSince(stamp.get().asOf().minus(COMMIT_MARGIN));
        apply(changes, snapshot);
        if (index.size() != snapshot.size()) {
            LOG.info(() -> "Search index holds " + index.size() + " publications, " + snapshot.size() + " are visible: rebuilding it");
            return false;
        }
        index.refresh(new PublicationIndex.Stamp(dbRevision, changes.asOf()));
        publish(snapshot);
        lastSync = changes.asOf();
        nextDue = publications.nextScheduled(changes.asOf()).orElse(null);
        contentRevision = dbRevision;
        built = true;
        step(null);
        LOG.info(() -> "Search index opened: " + index.size() + " publications, content revision " + dbRevision + ", "
                + changes.visible().size() + " updated since it was last current");
        return true;
    }

    private void rebuild() {
        long dbRevision = publications.contentRevision();
        Instant started = clock.now();
        loadTopics(started);
        List<PublicItem> all = publications.allVisible();
        index.clear();
        Map<Long, PublicItem> snapshot = new HashMap<>();
        for (PublicItem item : all) {
            put(item);
            snapshot.put(item.id(), withoutBody(item));
        }
        index.refresh(new PublicationIndex.Stamp(dbRevision, started));
        publish(snapshot);
        lastSync = started;
        nextDue = publications.nextScheduled(started).orElse(null);
        contentRevision = dbRevision;
        built = true;
        step(null);
        LOG.info(() -> "Search index built: " + index.size() + " publications, content revision " + dbRevision
                + (index.isPersistent() ? "" : " (in memory)"));
    }

    private void catchUp() {
        long dbRevision = publications.contentRevision();
        Instant now = clock.now();
        boolean due = nextDue != null && !now.isBefore(nextDue);
        boolean changed = dbRevision != contentRevision;
        // topics are reference data, edited without a content revision: re-read them now and then
        boolean topicsChanged = (changed || now.isAfter(topicsLoadedAt.plus(TOPIC_REFRESH))) && loadTopics(now);
        if (!changed && !due) {
            if (topicsChanged) {
                // topic names are on every page
                step(null);
            }
            return;
        }
        ChangeSet changes = publications.changedSince(lastSync.minus(COMMIT_MARGIN));
        if (changed && !due && changes.visible().isEmpty() && changes.gone().isEmpty()) {
            // the revision moved but no publication carries a recent stamp: changes stamped long
            // before they committed (a bulk import keeps the original dates). Only a rebuild is sure.
            LOG.info(() -> "Content revision " + dbRevision + " without recent changes: rebuilding the search index");
            rebuild();
            return;
        }
        Map<Long, PublicItem> before = items;
        Map<Long, PublicItem> snapshot = new HashMap<>(before);
        apply(changes, snapshot);
        index.refresh(new PublicationIndex.Stamp(dbRevision, changes.asOf()));
        publish(snapshot);
        lastSync = changes.asOf();
        nextDue = publications.nextScheduled(changes.asOf()).orElse(null);
        contentRevision = dbRevision;
        step(topicsChanged ? null : detailPagesOf(changes, before));
        LOG.fine(() -> "Content revision " + dbRevision + ": " + changes.visible().size() + " updated, "
                + changes.gone().size() + " removed");
    }

    /** Puts what the changes made visible into the index and the snapshot, and takes out what they made invisible. */
    private void apply(ChangeSet changes, Map<Long, PublicItem> snapshot) {
        for (PublicItem item : changes.visible()) {
            put(item);
            snapshot.put(item.id(), withoutBody(item));
        }
        for (Long id : changes.gone()) {
            index.remove(id);
            snapshot.remove(id);
        }
    }

    private void put(PublicItem item) {
        List<String> names = item.topics().stream().map(this::topicName).toList();
        boolean hasPdf = item.files().stream().map(PublicFile::mediaType).anyMatch("application/pdf"::equals);
        index.put(item, names, hasPdf ? publications.attachmentText(item.id()) : null);
    }

    private void publish(Map<Long, PublicItem> snapshot) {
        items = Map.copyOf(snapshot);
        visible = new VisibleItems(snapshot.values());
        years = snapshot.values().stream().map(i -> i.docDate().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        usedTopics = snapshot.values().stream().flatMap(i -> i.topics().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns whether names or the active set changed (pages show topic names). */
    private boolean loadTopics(Instant now) {
        Map<String, TopicView> loaded = new LinkedHashMap<>();
        reference.topics().forEach(t -> loaded.put(t.getCode(), new TopicView(t.getCode(), t.getName(), t.getNameEn(), t.isActive())));
        topicsLoadedAt = now;
        boolean changed = !Objects.equals(topics, loaded);
        topics = Collections.unmodifiableMap(loaded);
        return changed;
    }

    private static PublicItem withoutBody(PublicItem i) {
        return new PublicItem(i.id(), i.type(), i.title(), i.slug(), i.summary(), null, i.docDate(), i.publishedAt(),
                i.updatedAt(), i.topics(), i.letterNumber(), i.regulation(), i.amends(), i.revokes(), i.amendedBy(), i.eventKind(),
                i.eventStart(), i.eventEnd(), i.eventLocation(), i.recordingUrl(), i.files());
    }

    /** For callers that need every visible item without a database round trip. */
    public Collection<PublicItem> items() {
        return items.values();
    }
}
