package id.djpk.portal.livechat;

import id.djpk.portal.document.StoredFile;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.ChannelSender;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.system.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * An agent's answer to a live chat whose visitor is still in it goes to the chat: stored in the thread it is
 * {@code SENT} at once, and the instance holding the visitor's socket finds it within half a second, sends it and
 * marks it {@code DELIVERED}. Once the chat is closed this sender steps aside and the answer is e-mailed like any
 * ticket's. Files cannot go over the chat; the agent is told before anything is stored.
 */
@ApplicationScoped
public class LiveChatSender implements ChannelSender {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public boolean answers(Ticket ticket) {
        return ticket.getChannel() == Channel.LIVE_CHAT
                && em.createNamedQuery("LiveChat.byTicket", LiveChat.class).setParameter("number", ticket.getNumber())
                        .getResultStream().anyMatch(LiveChat::isOpen);
    }

    @Override
    public void send(Ticket ticket, TicketMessage answer, List<StoredFile> files) {
        if (!files.isEmpty()) {
            throw new BusinessException("livechat.noFiles");
        }
        answer.queued(null);
        answer.delivery(TicketMessage.Delivery.SENT, null);
    }
}
