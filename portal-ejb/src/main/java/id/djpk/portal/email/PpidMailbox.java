package id.djpk.portal.email;

import id.djpk.portal.helpdesk.TicketAttachment;
import id.djpk.portal.system.BusinessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The PPID desk's e-mail inbox (optional {@code PORTAL_MAIL_IMAP_PPID_USER} mailbox): messages wait in state NEW
 * until an officer turns one into an information request with the "received by letter/e-mail" form, prefilled
 * from {@link #get}; {@link #converted} then records the request's number. The message stays as the request's
 * source ({@link #raw}, the .eml). Reads are for the PPID desk's page, which restricts them to its roles.
 */
@Stateless
public class PpidMailbox extends WaitingMailbox {

    @Inject
    private id.djpk.portal.ppid.PpidService ppid;

    public PpidMailbox() {
        super(Mailbox.PPID);
    }

    /** One message of the PPID mailbox with its text and files; empty for an unknown id or another mailbox's. */
    public Optional<PpidEmail> get(long id) {
        return entry(id).map(e -> {
            InboundEmail m = InboundEmail.parse(documents.read(e.getRawKey()), TicketAttachment.MAX_BYTES);
            return new PpidEmail(e.getId(), e.getState(), e.getMessageId(), m.fromAddress(), m.fromName(),
                    m.subject(), m.text(), e.getReceivedAt(), m.attachments(), e.getRequestNumber());
        });
    }

    /** The message as it came (.eml), to keep or show as the request's source. */
    public byte[] raw(long id) {
        InboxEntry e = entry(id).orElseThrow(() -> new BusinessException("email.notFound"));
        return documents.read(e.getRawKey());
    }

    /**
     * The officer turned the message into information request {@code requestNumber} (in the caller's
     * transaction, with the request): it leaves the inbox. Audited as PPID_EMAIL_CONVERTED. A message already
     * converted is refused with the number it became.
     */
    public void converted(long id, String requestNumber) {
        InboxEntry e = lockedEntry(id);
        if (e.getState() != InboxEntry.State.NEW) {
            throw new BusinessException("email.alreadyConverted", e.getRequestNumber());
        }
        if (requestNumber == null || requestNumber.isBlank()) {
            throw new BusinessException("email.requestNumberRequired");
        }
        String actor = audit.currentActor();
        e.converted(requestNumber.strip(), actor, clock.now());
        audit.recordAs(actor, "PPID_EMAIL_CONVERTED", "InboxEntry", e.getId(), requestNumber.strip());
    }

    /**
     * The PPID officer's form, prefilled from the message and completed, becomes an information request received
     * when the mail server received the message, with the message as its source; the message leaves the inbox.
     * One transaction: a refused form changes nothing.
     */
    public id.djpk.portal.ppid.Submission convert(long id, id.djpk.portal.ppid.RequestForm form) {
        InboxEntry e = lockedEntry(id);
        if (e.getState() != InboxEntry.State.NEW) {
            throw new BusinessException("email.alreadyConverted", e.getRequestNumber());
        }
        var submission = ppid.submitFromEmail(form, e.getReceivedAt(), e.getMessageId());
        converted(id, submission.trackingNumber());
        return submission;
    }
}
