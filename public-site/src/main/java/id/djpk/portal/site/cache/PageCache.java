package id.djpk.portal.site.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Rendered responses by key, bounded by count and bytes, tied to one content revision. Reads take
 * no lock; when full, the least recently used tenth is dropped in one go by the thread that found
 * it full, while the others storing pages go on (they do not queue behind that thread: the cache
 * stays over its bound only until it is done). A page rendered under an older revision is never
 * stored, so a change cannot be overwritten by a page that was being rendered while it happened. A new
 * revision empties the cache but for the pages its {@link Retention} says the change left as they were (the detail
 * pages of the publications it did not touch).
 *
 * <p>An address is kept from its second request on ({@link #admit}): the first is only noted. Crawlers and readers
 * walking every filter and page ask most addresses once; storing each of them compressed the page, pushed out the
 * pages readers come back to, and filled the heap with pages never read again (the collector's full collections were
 * the slowest misses' time, docs/benchmarks.md). The note is a fixed table of address fingerprints (four slots per
 * entry the cache may hold, 8 bytes each), kept across content revisions: a page read before a publish is kept at its
 * first request after it.
 */
public final class PageCache {

    /** What a move from one content revision to a later one leaves valid. */
    @FunctionalInterface
    public interface Retention {
        /** Nothing: every new revision empties the cache. */
        Retention NONE = (from, to) -> null;

        /** The keys still valid in revision {@code to} that were stored in {@code from}; null when none is. */
        Predicate<String> kept(long from, long to);
    }

    private static final class Entry {
        final CachedPage page;
        volatile long lastUsed;

        Entry(CachedPage page, long now) {
            this.page = page;
            this.lastUsed = now;
        }
    }

    private final int maxEntries;
    private final long maxBytes;
    private final long maxEntryBytes;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Retention retention;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Fingerprints of addresses asked before, one per slot; a newer address in the same slot replaces the older. */
    private final AtomicLongArray seen;
    private final AtomicLong bytes = new AtomicLong();
    private volatile long revision = Long.MIN_VALUE;
    /** Held to empty the cache, to move to a new revision and to evict (which only tries it). */
    private final ReentrantLock lock = new ReentrantLock();

    /**
     * @param ttl also bounds what no revision announces: time passing (an event is no longer
     *            "upcoming", a new year in the footer)
     * @param clock nanoseconds, {@link System#nanoTime} outside tests
     */
    public PageCache(int maxEntries, long maxBytes, Duration ttl, LongSupplier clock) {
        this(maxEntries, maxBytes, ttl, clock, Retention.NONE);
    }

    /** @param retention which stored pages a new content revision leaves in the cache */
    public PageCache(int maxEntries, long maxBytes, Duration ttl, LongSupplier clock, Retention retention) {
        this.retention = retention;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        // one huge response (a sitemap of the whole archive) must not push out everything else
        this.maxEntryBytes = Math.max(1, maxBytes / 8);
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        // the power of two at or above four slots an entry (at least 64, at most 2^20 slots: 8 MB)
        int wanted = Math.max(16, Math.min(maxEntries, 1 << 18)) * 4;
        this.seen = new AtomicLongArray(Integer.highestOneBit(wanted - 1) << 1);
    }

    /** Path, query and language: every input a rendered page depends on. */
    public static String key(String path, String query, String language) {
        StringBuilder sb = new StringBuilder(path.length() + 8 + (query == null ? 0 : query.length()));
        sb.append(language == null ? "-" : language).append(' ').append(path);
        if (query != null && !query.isEmpty()) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    /** The path of a key made by {@link #key}: without its language and query. */
    public static String pathOf(String key) {
        int start = key.indexOf(' ') + 1;
        int query = key.indexOf('?', start);
        return query < 0 ? key.substring(start) : key.substring(start, query);
    }

    /** The cached page, or null. A new revision first drops what it changed (everything, unless its retention says). */
    public CachedPage get(String key, long currentRevision) {
        if (currentRevision != revision) {
            advance(currentRevision);
            if (currentRevision != revision) {
                return null;
            }
        }
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (now - e.page.createdNanos() > ttlNanos) {
            if (entries.remove(key, e)) {
                bytes.addAndGet(-e.page.weight());
            }
            return null;
        }
        // the clock rather than a shared counter: readers on many threads do not contend for one value
        e.lastUsed = now;
        return e.page;
    }

    /**
     * Whether a page rendered for this key should be stored: true when the key was asked before (among the last
     * addresses noted), false the first time, which notes it. Two keys may share a fingerprint slot (the newer one
     * stays) or, rarely, a fingerprint (the second is then kept at its first request): either only moves when a page
     * is kept.
     */
    public boolean admit(String key) {
        long fingerprint = fingerprint(key);
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & (seen.length() - 1);
        if (seen.get(slot) == fingerprint) {
            return true;
        }
        seen.set(slot, fingerprint);
        return false;
    }

    /** 64 bits of a key: String's hash and an FNV-1a hash of its characters; never 0 (an empty slot). */
    static long fingerprint(String key) {
        int fnv = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            fnv = (fnv ^ key.charAt(i)) * 0x01000193;
        }
        long f = ((long) key.hashCode() << 32) | (fnv & 0xffffffffL);
        return f == 0 ? 1 : f;
    }

    /** Slots of the table of addresses asked before (a power of two). */
    int admissionSlots() {
        return seen.length();
    }

    /** Whether {@link #put} would keep this page if nothing changes meanwhile (it may be shared and is not too big). */
    public boolean wouldKeep(CachedPage page) {
        return page.isStorable() && page.weight() <= maxEntryBytes;
    }

    /**
     * Keeps a page rendered under {@code renderedRevision}; refuses what must not be shared and what
     * was rendered before the content last changed. Returns whether it was stored.
     */
    public boolean put(String key, long renderedRevision, CachedPage page) {
        if (!page.isStorable() || page.weight() > maxEntryBytes) {
            return false;
        }
        if (renderedRevision != revision) {
            if (renderedRevision < revision) {
                return false;
            }
            advance(renderedRevision);
        }
        Entry mine = new Entry(page, clock.getAsLong());
        Entry previous = entries.put(key, mine);
        bytes.addAndGet(page.weight() - (previous == null ? 0 : previous.page.weight()));
        if (renderedRevision != revision) {
            // the content changed while this page was being stored
            if (entries.remove(key, mine)) {
                bytes.addAndGet(-page.weight());
            }
            return false;
        }
        if (entries.size() > maxEntries || bytes.get() > maxBytes) {
            evict();
        }
        return true;
    }

    public int size() {
        return entries.size();
    }

    public long bytes() {
        return bytes.get();
    }

    public long revision() {
        return revision;
    }

    public void clear() {
        lock.lock();
        try {
            entries.clear();
            bytes.set(0);
        } finally {
            lock.unlock();
        }
    }

    private void advance(long newRevision) {
        lock.lock();
        try {
            if (revision == Long.MIN_VALUE) {
                revision = newRevision;
                entries.clear();
                bytes.set(0);
            } else if (newRevision > revision) {
                Predicate<String> kept = retention.kept(revision, newRevision);
                // the revision first: a page of the old one being stored meanwhile then takes itself out again (put)
                revision = newRevision;
                if (kept == null) {
                    entries.clear();
                    bytes.set(0);
                } else {
                    for (Map.Entry<String, Entry> e : entries.entrySet()) {
                        if (!kept.test(e.getKey()) && entries.remove(e.getKey(), e.getValue())) {
                            bytes.addAndGet(-e.getValue().page.weight());
                        }
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Drops the least recently used tenth, unless another thread is doing so (or emptying the cache) right now. */
    private void evict() {
        if (!lock.tryLock()) {
            return;
        }
        try {
            evictLocked();
        } finally {
            lock.unlock();
        }
    }

    private void evictLocked() {
        if (entries.size() <= maxEntries && bytes.get() <= maxBytes) {
            return;
        }
        List<Map.Entry<String, Entry>> all = new ArrayList<>(entries.entrySet());
        // recount: a put racing with a clear can leave the running total slightly off
        bytes.set(all.stream().mapToLong(e -> e.getValue().page.weight()).sum());
        all.sort(Comparator.comparingLong(e -> e.getValue().lastUsed));
        long targetEntries = maxEntries - Math.max(1, maxEntries / 10);
        long targetBytes = maxBytes - maxBytes / 10;
        for (Map.Entry<String, Entry> e : all) {
            if (entries.size() <= targetEntries && bytes.get() <= targetBytes) {
                break;
            }
            if (entries.remove(e.getKey(), e.getValue())) {
                bytes.addAndGet(-e.getValue().page.weight());
            }
        }
    }
}
