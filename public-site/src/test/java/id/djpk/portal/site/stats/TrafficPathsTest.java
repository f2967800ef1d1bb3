package id.djpk.portal.site.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrafficPathsTest {

    @Test
    void pagesCountUnderTheirPathWithoutQuery() {
        assertEquals("/", TrafficPaths.pageOf("/"));
        assertEquals("/", TrafficPaths.pageOf(""));
        assertEquals("/publikasi", TrafficPaths.pageOf("/publikasi"));
        assertEquals("/publikasi", TrafficPaths.pageOf("/publikasi/"));
        assertEquals("/publikasi", TrafficPaths.pageOf("/publikasi?jenis=berita&hal=2"));
        assertEquals("/cari", TrafficPaths.pageOf("/cari?q=dana+desa"));
        assertEquals("/publikasi/pmk-nomor-206", TrafficPaths.pageOf("/publikasi/pmk-nomor-206"));
        assertEquals("/publikasi/pmk-nomor-206", TrafficPaths.pageOf("/publikasi//pmk-nomor-206/"));
        assertEquals("/publikasi/pmk-nomor-206", TrafficPaths.pageOf("///publikasi////pmk-nomor-206//"));
        assertEquals("/", TrafficPaths.pageOf("///"));
        assertEquals("/publikasi/pmk-nomor-206", TrafficPaths.pageOf("/publikasi/pmk-nomor-206;jsessionid=ABC"));
    }

    @Test
    void resourcesFeedsApisAndDownloadsAreNoPages() {
        assertNull(TrafficPaths.pageOf("/resources/css/site.css"));
        assertNull(TrafficPaths.pageOf("/jakarta.faces.resource/x.js"));
        assertNull(TrafficPaths.pageOf("/api/jdihn"));
        assertNull(TrafficPaths.pageOf("/api"));
        assertNull(TrafficPaths.pageOf("/feed.atom"));
        assertNull(TrafficPaths.pageOf("/sitemap.xml"));
        assertNull(TrafficPaths.pageOf("/robots.txt"));
        assertNull(TrafficPaths.pageOf("/berkas/12/laporan.pdf"));
        assertNull(TrafficPaths.pageOf("/bahasa"));
        assertNull(TrafficPaths.pageOf("/favicon.ico"));
        assertNull(TrafficPaths.pageOf("/WEB-INF/views/home.xhtml"));
    }

    @Test
    void longPathsAreCutToTheColumnSize() {
        assertEquals(TrafficPaths.MAX_LENGTH, TrafficPaths.pageOf("/publikasi/" + "a".repeat(600)).length());
    }

    @Test
    void onlySuccessfulHtmlIsAPageView() {
        assertTrue(TrafficPaths.isPageView(200, "text/html;charset=UTF-8"));
        assertFalse(TrafficPaths.isPageView(404, "text/html;charset=UTF-8"));
        assertTrue(TrafficPaths.isPageView(304, "text/html;charset=UTF-8"));
        assertFalse(TrafficPaths.isPageView(304, null));
        assertFalse(TrafficPaths.isPageView(301, "text/html"));
        assertFalse(TrafficPaths.isPageView(200, "application/json"));
    }
}
