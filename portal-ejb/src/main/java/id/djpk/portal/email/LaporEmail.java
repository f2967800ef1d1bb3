package id.djpk.portal.email;

import id.djpk.portal.lapor.LaporForm;
import id.djpk.portal.lapor.SubjectGuess;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A message of the lapor mailbox as the person classifying it sees it: its ledger row (id, state, the receipt it
 * became or why it was dismissed), what it says, its files (names and sizes; their bytes are read again from the
 * .eml when the submission is made), the guess and the form prefilled from the guess and the sender.
 * {@code receivedAt} is the mail server's received time: the receipt time of the submission made from it.
 */
public record LaporEmail(long id, InboxEntry.State state, String messageId, String fromAddress, String fromName,
        String subject, String text, Instant receivedAt, List<InboxEntry.FileNote> files, SubjectGuess.Guess guess,
        LaporForm prefilled, String receipt, String dismissReason) implements Serializable {

    /** Whether it still waits to be classified. */
    public boolean isWaiting() {
        return state == InboxEntry.State.NEW;
    }
}
