package id.djpk.portal.site.ppid;

import id.djpk.portal.system.Links;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.djpk.portal.site.cache.CachePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PPID pages carry access codes and personal answers: the page cache must never keep them. */
class PpidNotCachedTest {

    @Test
    void noPpidAddressIsCacheable() {
        for (String path : List.of(Links.PPID_FORM, Links.PPID_STATUS, Links.PPID_OBJECTION,
                "/api/ppid/requests", "/api/ppid/requests/PPID-2026-00001")) {
            assertFalse(CachePolicy.isCacheable(path), path);
        }
    }
}
