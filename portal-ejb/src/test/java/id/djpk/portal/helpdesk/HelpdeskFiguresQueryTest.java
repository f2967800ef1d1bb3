package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The channel condition of the figures' rating query: nothing for every channel, enum literals for some. */
class HelpdeskFiguresQueryTest {

    @Test
    void theConditionNamesTheChannelsKept() {
        assertEquals("", HelpdeskFiguresQuery.onlyChannels(EnumSet.allOf(Channel.class)), "the helpdesk's own figures");
        assertEquals(" AND t.channel IN (id.djpk.portal.helpdesk.Channel.WHATSAPP, id.djpk.portal.helpdesk.Channel.EMAIL)",
                HelpdeskFiguresQuery.onlyChannels(EnumSet.of(Channel.EMAIL, Channel.WHATSAPP)));
        assertEquals(" AND 1 = 0", HelpdeskFiguresQuery.onlyChannels(EnumSet.noneOf(Channel.class)));
    }
}
