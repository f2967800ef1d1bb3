package id.djpk.portal.email;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A message of the PPID mailbox as the PPID desk sees it: its ledger row (id, state, the request it became) and
 * what it says, with its files (their bytes, to be checked and stored when the officer turns it into a request).
 * {@code receivedAt} is the server's received time: the receipt time of a request made from it.
 */
public record PpidEmail(long id, InboxEntry.State state, String messageId, String fromAddress, String fromName,
        String subject, String text, Instant receivedAt, List<InboundEmail.Attachment> attachments, String requestNumber)
        implements Serializable {
}
