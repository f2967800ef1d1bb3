package id.djpk.portal.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommonHeadersFilterTest {

    @Test
    void httpsOnlyWhenThePublicAddressIsHttps() {
        assertEquals("max-age=31536000", CommonHeadersFilter.hsts("https://djpk.kemenkeu.go.id"));
        assertEquals("max-age=31536000", CommonHeadersFilter.hsts("HTTPS://djpk.kemenkeu.go.id/"));
        assertNull(CommonHeadersFilter.hsts("http://127.0.0.1:8080"), "a browser must not be told so over plain http");
        assertNull(CommonHeadersFilter.hsts(null));
    }

    @Test
    void pagesGetThePolicyFilesDoNot() {
        assertTrue(CommonHeadersFilter.POLICY.contains("script-src 'self';"));
        assertFalse(CommonHeadersFilter.POLICY.contains("unsafe-inline"), "no inline script or style anywhere");
        for (String file : new String[] {"/berkas/12/pmk-91.pdf", "/ppid/berkas/5", "/cek-surat/berkas/3/surat.pdf",
                "/laporan/2026-10/pdf"}) {
            assertTrue(CommonHeadersFilter.isDocument(file), file);
        }
        for (String page : new String[] {"/", "/publikasi/pmk-91", "/laporan/2026-10", "/laporan/2026-10/json", "/cari"}) {
            assertFalse(CommonHeadersFilter.isDocument(page), page);
        }
    }
}
