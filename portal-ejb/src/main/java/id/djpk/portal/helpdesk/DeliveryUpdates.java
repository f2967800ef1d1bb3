package id.djpk.portal.helpdesk;

import id.djpk.portal.mail.MailStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Carries what the mail outbox learns about an answer's e-mail onto the ticket's message (its delivery status). */
@ApplicationScoped
public class DeliveryUpdates {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onMail(@Observes MailStatusChanged change) {
        if (!HelpdeskLetters.ABOUT.equals(change.aboutKind())) {
            return;
        }
        TicketMessage.Delivery status = switch (change.status()) {
            case SENT -> TicketMessage.Delivery.SENT;
            case FAILED -> TicketMessage.Delivery.FAILED;
            case QUEUED, HELD -> TicketMessage.Delivery.QUEUED;
        };
        em.createNamedQuery("TicketMessage.byOutbox", TicketMessage.class).setParameter("outbox", change.outboxId())
                .getResultStream().forEach(m -> m.delivery(status, change.error()));
    }
}
