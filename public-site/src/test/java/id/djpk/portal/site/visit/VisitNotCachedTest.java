package id.djpk.portal.site.visit;

import id.djpk.portal.system.Links;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.djpk.portal.site.cache.CachePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The visit pages carry booking and access codes, and the free sessions change with every confirmation;
 * the letter check answers per question: the page cache must keep none of them.
 */
class VisitNotCachedTest {

    @Test
    void noVisitOrLetterAddressIsCacheable() {
        for (String path : List.of(Links.VISIT_FORM, Links.VISIT_STATUS, Links.VISIT_SCHEDULE,
                "/cek-surat", "/cek-surat/berkas/1001/surat.pdf", "/api/visits", "/api/visits/KJ-7QF3KX",
                "/api/visits/availability", "/api/letters/verify")) {
            assertFalse(CachePolicy.isCacheable(path), path);
        }
    }
}
