package id.djpk.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressedPageTest {

    private static final String HTML = "<!DOCTYPE html><html lang=\"id\"><body>"
            + "<li>Penyaluran Dana Alokasi Umum tahun 2025</li>".repeat(100) + "</body></html>";

    private static CachedPage page(String contentType, String body) {
        return CachedPage.of(200, contentType, List.of(), body.getBytes(StandardCharsets.UTF_8), 0);
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aKeptPageCarriesItsBodyCompressedWithItsOwnValidator() throws IOException {
        CachedPage plain = page("text/html;charset=UTF-8", HTML);
        assertNull(plain.gzipBody(), "compressed only when kept");
        CachedPage kept = plain.compressed();
        assertArrayEquals(plain.body(), gunzip(kept.gzipBody()), "the same bytes once decompressed");
        assertTrue(kept.gzipBody().length < plain.body().length / 4);
        assertEquals(plain.etag(), kept.etag(), "the plain form keeps its validator");
        assertNotEquals(kept.etag(), kept.gzipEtag(), "another representation, another strong validator");
        assertTrue(kept.gzipEtag().startsWith("\"") && kept.gzipEtag().endsWith("-gz\""), kept.gzipEtag());
        assertEquals(plain.body().length + kept.gzipBody().length + 256L, kept.weight(), "the cache counts both");
        assertSame(kept, kept.compressed(), "compressed once");
    }

    @Test
    void onlyTextOfSomeSizeIsCompressed() {
        assertNull(page("text/html", "<p>kecil</p>").compressed().gzipBody(), "too small to gain");
        assertNull(page("application/pdf", HTML).compressed().gzipBody(), "compressed already");
        for (String type : new String[] {"application/json", "application/atom+xml;charset=UTF-8", "application/xml",
                "text/plain;charset=UTF-8"}) {
            assertTrue(CachedPage.isCompressible(type), type);
        }
        assertFalse(CachedPage.isCompressible("image/png"));
        assertFalse(CachedPage.isCompressible(null));
    }

    @Test
    void theCacheSaysBeforehandWhetherItWouldKeepAPage() {
        PageCache cache = new PageCache(10, 8 * 4096, Duration.ofMinutes(1), () -> 0L);
        assertTrue(cache.wouldKeep(page("text/html", "<p>ok</p>")));
        assertFalse(cache.wouldKeep(page("text/html", "x".repeat(5000))), "above an eighth of the cache");
        CachedPage withCookie = CachedPage.of(200, "text/html", List.of(new CachedPage.Header("Set-Cookie", "a=b")),
                HTML.getBytes(StandardCharsets.UTF_8), 0);
        assertFalse(cache.wouldKeep(withCookie), "one reader's answer");
    }

    @Test
    void gzipIsSentOnlyToClientsThatAcceptIt() {
        for (String yes : new String[] {"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "x-gzip", "*", "deflate, *;q=0.5",
                "GZIP"}) {
            assertTrue(PageCacheFilter.acceptsGzip(yes), yes);
        }
        for (String no : new String[] {null, "", "identity", "br", "gzip;q=0", "gzip;q=0.0, *", "*;q=0", "deflate",
                "gzip;q=abc"}) {
            assertFalse(PageCacheFilter.acceptsGzip(no), String.valueOf(no));
        }
    }
}
