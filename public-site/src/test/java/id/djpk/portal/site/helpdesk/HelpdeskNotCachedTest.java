package id.djpk.portal.site.helpdesk;

import id.djpk.portal.system.Links;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.djpk.portal.site.cache.CachePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ticket pages carry access and survey codes and personal answers: the page cache must never keep them. */
class HelpdeskNotCachedTest {

    @Test
    void noTicketAddressIsCacheable() {
        for (String path : List.of(Links.TICKET_FORM, Links.TICKET, Links.SURVEY,
                "/api/tickets")) {
            assertFalse(CachePolicy.isCacheable(path), path);
        }
    }
}
