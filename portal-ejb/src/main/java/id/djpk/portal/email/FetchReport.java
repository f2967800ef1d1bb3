package id.djpk.portal.email;

import java.io.Serializable;

/**
 * What one {@link MailboxFetcher#fetch} did: messages newly kept, rows processed (including those a stopped
 * portal had left), messages moved to the done folder, and messages that failed and stay for the next fetch.
 */
public record FetchReport(Mailbox mailbox, int stored, int processed, int moved, int failed) implements Serializable {
}
