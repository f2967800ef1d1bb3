package id.djpk.portal.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * For the e-mail contract: gives an outbox message the Message-ID the answers' branch will set when it sends,
 * so that a bounce can name it (mail_message.message_id is a V25 column the intake's branch does not map).
 */
@Stateless
public class OutboxIds {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public void name(long outboxId, String messageId) {
        em.createNativeQuery("UPDATE mail_message SET message_id = ? WHERE id = ?").setParameter(1, messageId)
                .setParameter(2, outboxId).executeUpdate();
    }
}
