package id.djpk.portal.helpdesk;

import id.djpk.portal.document.StoredFile;
import java.util.List;

/**
 * One channel's way of sending an agent's answer back where the conversation came from (ARCHITECTURE.md,
 * "Channels"): e-mail, later WhatsApp and live chat. A CDI bean per channel; {@link AgentDesk} asks each whether
 * it answers a ticket and hands the answer to the first that does. Tickets no channel answers (the web form,
 * logged calls) get the portal's e-mail with the ticket link, where there is an address.
 */
public interface ChannelSender {

    /** Whether this channel carries the answers of the ticket (usually: the ticket came in through it). */
    boolean answers(Ticket ticket);

    /**
     * Hands the answer to the channel in the caller's transaction, so nothing leaves before the answer is
     * committed, and marks it {@link TicketMessage#queued queued}; the channel reports its delivery later.
     * {@code files} are already checked and stored, and already attached to {@code answer}.
     */
    void send(Ticket ticket, TicketMessage answer, List<StoredFile> files);
}
