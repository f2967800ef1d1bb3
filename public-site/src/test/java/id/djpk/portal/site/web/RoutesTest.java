package id.djpk.portal.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void cleanAddressesMapToViews() {
        assertEquals(Routes.HOME, Routes.resolve("/").orElseThrow().view());
        assertEquals(Routes.LISTING, Routes.resolve("/publikasi").orElseThrow().view());
        assertEquals(Routes.SEARCH, Routes.resolve("/cari").orElseThrow().view());
        Routes.Target detail = Routes.resolve("/publikasi/pmk-nomor-206-pmk-07-2020-2").orElseThrow();
        assertEquals(Routes.DETAIL, detail.view());
        assertEquals("pmk-nomor-206-pmk-07-2020-2", detail.slug());
    }

    @Test
    void anythingElseIsNotAPage() {
        assertTrue(Routes.resolve("/publikasi/Bukan Slug").isEmpty());
        assertTrue(Routes.resolve("/publikasi/a/b").isEmpty());
        assertTrue(Routes.resolve("/publikasi/").isEmpty());
        assertTrue(Routes.resolve("/publikasi/-a").isEmpty());
        assertTrue(Routes.resolve("/WEB-INF/views/home.xhtml").isEmpty());
        assertTrue(Routes.resolve("/tidak-ada").isEmpty());
    }

    @Test
    void trailingSlashesRedirectToTheOneAddress() {
        assertEquals("/publikasi", Routes.canonical("/publikasi/"));
        assertEquals("/cari", Routes.canonical("/cari//"));
        assertEquals("/publikasi/abc", Routes.canonical("/publikasi/abc/"));
        assertNull(Routes.canonical("/tidak-ada/"));
        assertNull(Routes.canonical("/"));
    }
}
