package id.djpk.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private final AtomicLong now = new AtomicLong();

    private PageCache cache(int entries, long bytes) {
        return new PageCache(entries, bytes, Duration.ofMinutes(10), now::get);
    }

    private CachedPage page(String body, CachedPage.Header... headers) {
        return CachedPage.of(200, "text/html;charset=UTF-8", List.of(headers), body.getBytes(StandardCharsets.UTF_8), now.get());
    }

    @Test
    void keyHoldsPathQueryAndLanguage() {
        assertEquals("id /publikasi?jenis=berita&hal=2", PageCache.key("/publikasi", "jenis=berita&hal=2", "id"));
        assertEquals("en /", PageCache.key("/", null, "en"));
        assertEquals("- /feed.atom", PageCache.key("/feed.atom", "", null));
        assertNotEquals(PageCache.key("/cari", "q=dana", "id"), PageCache.key("/cari", "q=dana", "en"));
        assertNotEquals(PageCache.key("/publikasi", "hal=2", "id"), PageCache.key("/publikasi", "hal=3", "id"));
    }

    @Test
    void servesWhatWasStoredUnderTheSameRevision() {
        PageCache c = cache(10, 1 << 20);
        assertNull(c.get("id /", 1));
        assertTrue(c.put("id /", 1, page("<p>beranda</p>")));
        CachedPage hit = c.get("id /", 1);
        assertNotNull(hit);
        assertArrayEquals("<p>beranda</p>".getBytes(StandardCharsets.UTF_8), hit.body());
        assertEquals("text/html;charset=UTF-8", hit.contentType());
        assertNull(c.get("en /", 1));
    }

    @Test
    void aNewRevisionEmptiesTheCache() {
        PageCache c = cache(10, 1 << 20);
        c.put("id /", 1, page("a"));
        c.put("id /publikasi", 1, page("b"));
        assertNull(c.get("id /", 2));
        assertEquals(0, c.size());
        assertNull(c.get("id /publikasi", 2));
        assertEquals(0, c.bytes());
    }

    @Test
    void aNewRevisionKeepsTheDetailPagesItsChangeDidNotTouch() {
        // revision 2 touched "pmk-1" (and "pmk-0", which it amends); revision 3 is unknown to the retention
        PageCache c = new PageCache(10, 1 << 20, Duration.ofMinutes(10), now::get,
                (from, to) -> to <= 2 ? CachePolicy.detailPagesOtherThan(java.util.Set.of("pmk-1", "pmk-0")) : null);
        for (String key : List.of("id /publikasi/pmk-0", "en /publikasi/pmk-1?x=1", "id /publikasi/berita-7",
                "en /publikasi/berita-7", "id /publikasi/berita-8/", "id /", "id /publikasi", "id /cari?q=pmk",
                "- /feed.atom", "- /api/publications")) {
            assertTrue(c.put(key, 1, page(key)), key);
        }
        long before = c.bytes();
        // the first request of the new revision finds a page the change left
        assertNotNull(c.get("id /publikasi/berita-7", 2));
        assertEquals(3, c.size());
        assertNull(c.get("id /", 2), "the home page lists publications");
        assertNotNull(c.get("en /publikasi/berita-7", 2));
        assertNotNull(c.get("id /publikasi/berita-8/", 2));
        assertNull(c.get("id /publikasi/pmk-0", 2), "linked to the changed one");
        assertNull(c.get("en /publikasi/pmk-1?x=1", 2), "the changed one");
        assertNull(c.get("- /feed.atom", 2));
        assertEquals(page("id /publikasi/berita-7").weight() + page("en /publikasi/berita-7").weight()
                + page("id /publikasi/berita-8/").weight(), c.bytes(), "the bytes of what stayed, of " + before);
        assertNull(c.get("id /publikasi/berita-7", 3), "a step the retention does not know empties the cache");
        assertEquals(0, c.size());
        assertEquals(0, c.bytes());
    }

    @Test
    void pathOfAKeyHasNeitherLanguageNorQuery() {
        assertEquals("/publikasi/pmk-1", PageCache.pathOf(PageCache.key("/publikasi/pmk-1", "lang=en", "en")));
        assertEquals("/feed.atom", PageCache.pathOf(PageCache.key("/feed.atom", null, null)));
        assertEquals("/", PageCache.pathOf(PageCache.key("/", "", "id")));
    }

    @Test
    void aPageRenderedBeforeAChangeIsNotStored() {
        PageCache c = cache(10, 1 << 20);
        c.get("id /", 5);
        assertFalse(c.put("id /", 4, page("old")));
        assertNull(c.get("id /", 5));
        // a page rendered under a newer revision than the cache has seen moves the cache forward
        assertTrue(c.put("id /", 6, page("new")));
        assertEquals(6, c.revision());
    }

    @Test
    void responsesWithCookiesAreNeverStored() {
        PageCache c = cache(10, 1 << 20);
        assertFalse(c.put("id /", 1, page("x", new CachedPage.Header("Set-Cookie", "lang=en"))));
        assertFalse(c.put("id /a", 1, page("x", new CachedPage.Header("set-cookie", "JSESSIONID=1"))));
        assertFalse(c.put("id /b", 1, page("x", new CachedPage.Header("Cache-Control", "no-store"))));
        assertFalse(c.put("id /c", 1, page("x", new CachedPage.Header("Cache-Control", "private, max-age=0"))));
        assertEquals(0, c.size());
    }

    @Test
    void onlySuccessfulResponsesAreStored() {
        PageCache c = cache(10, 1 << 20);
        CachedPage notFound = CachedPage.of(404, "text/html", List.of(), new byte[10], 0);
        CachedPage badRequest = CachedPage.of(400, "application/json", List.of(), new byte[10], 0);
        assertFalse(c.put("id /x", 1, notFound));
        assertFalse(c.put("- /api/publications?year=x", 1, badRequest));
        assertEquals(0, c.size());
    }

    @Test
    void onlySelectedHeadersAreReplayed() {
        CachedPage p = page("x", new CachedPage.Header("Content-Language", "id"), new CachedPage.Header("Date", "today"),
                new CachedPage.Header("X-Powered-By", "x"));
        assertEquals(List.of(new CachedPage.Header("Content-Language", "id")), p.headers());
    }

    @Test
    void evictsTheLeastRecentlyUsedWhenFullByCount() {
        PageCache c = cache(10, 1 << 20);
        for (int i = 0; i < 10; i++) {
            now.incrementAndGet();
            c.put("id /p" + i, 1, page("page " + i));
        }
        now.incrementAndGet();
        c.get("id /p0", 1);
        now.incrementAndGet();
        c.put("id /p10", 1, page("page 10"));
        assertTrue(c.size() <= 10);
        assertNotNull(c.get("id /p0", 1), "recently read, kept");
        assertNotNull(c.get("id /p10", 1), "just stored, kept");
        assertNull(c.get("id /p1", 1), "least recently used, dropped");
    }

    @Test
    void manyThreadsStoringAtOnceKeepTheBoundAndTheByteCount() throws Exception {
        int threads = 8;
        PageCache c = cache(100, 1 << 30);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        now.incrementAndGet();
                        c.put("id /t" + thread + "/p" + i, 1, page("page " + thread + " " + "x".repeat(i % 50)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        // a thread that finds the cache full while another evicts goes on (the cache is over its bound meanwhile);
        // the stores after the rush bring it back within its bound, with the byte count right
        for (int i = 0; i < 200; i++) {
            now.incrementAndGet();
            c.put("id /after/p" + i, 1, page("after " + i));
        }
        assertTrue(c.size() <= 100, "size " + c.size());
        assertNotNull(c.get("id /after/p199", 1), "the newest page is kept");
        long sum = 0;
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < 5_000; i++) {
                CachedPage p = c.get("id /t" + t + "/p" + i, 1);
                sum += p == null ? 0 : p.weight();
            }
        }
        for (int i = 0; i < 200; i++) {
            CachedPage p = c.get("id /after/p" + i, 1);
            sum += p == null ? 0 : p.weight();
        }
        assertEquals(sum, c.bytes(), "the byte count is the sum of the pages kept");
    }

    @Test
    void evictsWhenFullByBytes() {
        long weight = page("x".repeat(1000)).weight();
        PageCache c = cache(1000, weight * 8 + 10);
        for (int i = 0; i < 20; i++) {
            now.incrementAndGet();
            c.put("id /p" + i, 1, page("x".repeat(1000)));
        }
        assertTrue(c.bytes() <= weight * 8 + 10);
        assertNotNull(c.get("id /p19", 1));
        assertNull(c.get("id /p0", 1));
    }

    @Test
    void oneHugePageDoesNotPushOutEverythingElse() {
        PageCache c = cache(100, 8000);
        c.put("id /", 1, page("small"));
        assertFalse(c.put("- /sitemap.xml", 1, page("x".repeat(5000))));
        assertNotNull(c.get("id /", 1));
    }

    @Test
    void entriesExpire() {
        PageCache c = cache(10, 1 << 20);
        c.put("id /", 1, page("a"));
        now.addAndGet(Duration.ofMinutes(11).toNanos());
        assertNull(c.get("id /", 1));
        assertEquals(0, c.size());
    }

    @Test
    void etagFollowsTheContent() {
        assertEquals(page("a").etag(), page("a").etag());
        assertNotEquals(page("a").etag(), page("b").etag());
        assertTrue(page("a").etag().startsWith("\"") && page("a").etag().endsWith("\""));
    }

    @Test
    void policyCoversPagesFeedsAndPublicApisOnly() {
        for (String p : List.of("/", "/publikasi", "/publikasi/pmk-nomor-1", "/cari", "/feed.atom", "/sitemap.xml",
                "/api/jdihn", "/api/publications")) {
            assertTrue(CachePolicy.isCacheable(p), p);
        }
        for (String p : List.of("/api/status", "/bahasa", "/berkas/1/a.pdf", "/resources/css/site.css", "/publikasix")) {
            assertFalse(CachePolicy.isCacheable(p), p);
        }
        assertTrue(CachePolicy.isLanguageDependent("/publikasi"));
        assertFalse(CachePolicy.isLanguageDependent("/api/jdihn"));
    }

    @Test
    void anAddressIsKeptFromItsSecondRequest() {
        PageCache c = cache(5000, 1 << 20);
        assertFalse(c.admit("id /publikasi?hal=2"), "the first request is only noted");
        assertFalse(c.admit("en /publikasi?hal=2"), "another language is another address");
        assertTrue(c.admit("id /publikasi?hal=2"));
        assertTrue(c.admit("id /publikasi?hal=2"), "and stays noted");
        assertTrue(c.admit("en /publikasi?hal=2"));
        // a publish empties the pages, not what was asked before: a page readers come back to is kept at once
        c.put("id /publikasi?hal=2", 1, page("a"));
        assertNull(c.get("id /publikasi?hal=2", 2));
        assertTrue(c.admit("id /publikasi?hal=2"));
    }

    @Test
    void theNoteOfAddressesIsBoundedAndForgetsTheOldestOfASlot() {
        PageCache c = cache(5000, 1 << 20);
        assertEquals(32768, c.admissionSlots(), "four slots an entry, a power of two");
        assertEquals(64, cache(1, 1 << 20).admissionSlots());
        assertEquals(1 << 20, cache(10_000_000, 1 << 20).admissionSlots(), "8 MB at most");
        // a walk over many more addresses than slots: each asked once is never kept
        int kept = 0;
        for (int i = 0; i < 200_000; i++) {
            kept += c.admit("id /publikasi/bench-" + i) ? 1 : 0;
        }
        assertEquals(0, kept);
        // the first of them shared its slot with later ones and was forgotten; the last is still noted
        assertTrue(c.admit("id /publikasi/bench-199999"));
        int remembered = 0;
        for (int i = 0; i < 1000; i++) {
            remembered += c.admit("id /publikasi/bench-" + i) ? 1 : 0;
        }
        assertTrue(remembered < 100, remembered + " of the first 1.000 still noted after 200.000 others");
    }

    @Test
    void fingerprintsTellAddressesApart() {
        java.util.Set<Long> prints = new java.util.HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            prints.add(PageCache.fingerprint("id /publikasi?jenis=berita&tahun=20" + (i % 100) + "&hal=" + i));
        }
        assertEquals(100_000, prints.size());
        assertNotEquals(0L, PageCache.fingerprint(""));
    }
}
