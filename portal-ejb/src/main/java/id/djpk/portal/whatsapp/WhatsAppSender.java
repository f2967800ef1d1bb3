package id.djpk.portal.whatsapp;

import id.djpk.portal.document.StoredFile;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.ChannelSender;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * An agent's answer to a WhatsApp ticket goes back as a WhatsApp text through the outbox, inside the Cloud API's
 * 24-hour customer-service window; outside it Meta refuses free-form text, so the agent is told before anything
 * is stored. Files follow the text as messages of their own, uploaded to Meta's media endpoint when sent.
 */
@ApplicationScoped
public class WhatsAppSender implements ChannelSender {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private WhatsAppOutbox outbox;

    @Inject
    private WhatsAppSettings settings;

    @Inject
    private OfficeClock clock;

    @Override
    public boolean answers(Ticket ticket) {
        return ticket.getChannel() == Channel.WHATSAPP && conversation(ticket).isPresent();
    }

    @Override
    public void send(Ticket ticket, TicketMessage answer, List<StoredFile> files) {
        Conversation c = conversation(ticket).orElseThrow();
        if (!settings.configured()) {
            throw new BusinessException("whatsapp.off");
        }
        if (!c.windowOpen(clock.now())) {
            throw new BusinessException("whatsapp.windowClosed");
        }
        em.flush(); // the answer's id links the outgoing messages back to it
        outbox.queue(c.getWaId(), new Outgoing.Text(answer.getBody()), ticket.getNumber(), answer.getId());
        // each file follows as a message of its own (an image, or a document with its name), in order
        for (StoredFile f : files) {
            outbox.queue(c.getWaId(), new Outgoing.File(f.storageKey(), f.fileName(), f.mediaType(), null), ticket.getNumber(),
                    answer.getId());
        }
        answer.queued(null);
    }

    private Optional<Conversation> conversation(Ticket ticket) {
        return em.createNamedQuery("Conversation.ofTicket", Conversation.class).setParameter("number", ticket.getNumber())
                .getResultStream().findFirst();
    }
}
