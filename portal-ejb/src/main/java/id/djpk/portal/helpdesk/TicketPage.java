package id.djpk.portal.helpdesk;

import java.util.List;

/** One page of a queue and how many tickets the whole queue holds. */
public record TicketPage(List<Ticket> tickets, long total) {
}
