package id.djpk.portal.site.helpdesk;

import static org.junit.jupiter.api.Assertions.assertFalse;

import id.djpk.portal.site.cache.CachePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ticket pages carry access and survey codes and personal answers: the page cache must never keep them. */
class HelpdeskNotCachedTest {

    @Test
    void noTicketAddressIsCacheable() {
        for (String path : List.of(HelpdeskServlet.FORM_PATH, HelpdeskServlet.TICKET_PATH, HelpdeskServlet.SURVEY_PATH,
                "/api/tickets")) {
            assertFalse(CachePolicy.isCacheable(path), path);
        }
    }
}
