package id.djpk.portal.email;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * What a desk's mailbox ({@link PpidMailbox}, {@link LaporMailbox}) does the one way: its messages wait in state NEW
 * for a person, counted and listed for the desk; a desk reads and changes only its own {@link Mailbox}'s rows, another
 * mailbox's id is as good as unknown.
 */
public abstract class WaitingMailbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DocumentStore documents;

    @Inject
    EmailLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    OfficeClock clock;

    private final Mailbox box;

    protected WaitingMailbox(Mailbox box) {
        this.box = box;
    }

    /** The messages waiting for the desk, newest first (at most {@code max}, up to 500). */
    public List<InboxEntry> waiting(int max) {
        return ledger.list(box, InboxEntry.State.NEW, max);
    }

    /** How many messages wait (the desk's counter). */
    public long waitingCount() {
        return ledger.count(box, InboxEntry.State.NEW);
    }

    /** The row of this mailbox's message; empty for an unknown id or another mailbox's. */
    Optional<InboxEntry> entry(long id) {
        InboxEntry e = em.find(InboxEntry.class, id);
        return e == null || e.getMailbox() != box ? Optional.empty() : Optional.of(e);
    }

    /** The row of this mailbox's message, locked for a change; an unknown id or another mailbox's is email.notFound. */
    InboxEntry lockedEntry(long id) {
        InboxEntry e = em.find(InboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || e.getMailbox() != box) {
            throw new BusinessException("email.notFound");
        }
        return e;
    }
}
