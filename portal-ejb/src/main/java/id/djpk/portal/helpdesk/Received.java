package id.djpk.portal.helpdesk;

/**
 * A channel's message taken in by {@link HelpdeskService#receive}: the ticket it is on, the thread entry it
 * became (to keep the channel's id, raw form and files on), the access code when a new ticket was opened
 * (else null), and whether it joined an existing ticket.
 */
public record Received(Ticket ticket, TicketMessage message, String accessCode, boolean joined) {
}
