package id.djpk.portal.email;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * One fetch of a mailbox, the method the watcher calls (and the tests, without a timer): first the rows a
 * stopped portal kept but did not process, then every message in the folder: kept in the ledger (each in its
 * own transaction), processed (contact center: a ticket, in its own transaction; PPID: it waits in the PPID
 * desk's inbox), and moved to the done folder (created if missing) only once its result is committed. A message
 * already in the ledger is not kept or processed again, only moved. Runs outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxFetcher {

    private static final Logger LOG = Logger.getLogger(MailboxFetcher.class.getName());
    /** Messages read from the server at a time: their raw bytes are held in memory together. */
    static final int CHUNK = 50;

    @Inject
    private ImapSettings settings;

    @Inject
    private EmailLedger ledger;

    @Inject
    private EmailIntake intake;

    @Inject
    private OfficeClock clock;

    /** Fetches the mailbox once; a mailbox not configured does nothing. Throws when the server cannot be read. */
    public FetchReport fetch(Mailbox box) throws MessagingException {
        if (!settings.mailboxes().contains(box)) {
            return new FetchReport(box, 0, 0, 0, 0);
        }
        int[] processed = {0};
        int failed = 0;
        if (box == Mailbox.HELPDESK) {
            for (long id : ledger.unprocessed(box, 10_000)) {
                failed += process(id, processed) ? 0 : 1;
            }
        }
        int stored = 0;
        int moved = 0;
        Store store = connect(settings, box);
        try {
            Folder inbox = store.getFolder(settings.folder());
            inbox.open(Folder.READ_WRITE);
            Folder done = doneFolder(store);
            try {
                // the message objects stay valid while moved ones leave the folder and the others' numbers shift
                Message[] all = inbox.getMessages();
                for (int start = 0; start < all.length; start += CHUNK) {
                    Message[] chunk = java.util.Arrays.copyOfRange(all, start, Math.min(all.length, start + CHUNK));
                    FetchProfile profile = new FetchProfile();
                    profile.add(FetchProfile.Item.ENVELOPE);
                    profile.add(FetchProfile.Item.FLAGS);
                    profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
                    inbox.fetch(chunk, profile);
                    List<Message> finished = new ArrayList<>();
                    for (Message m : chunk) {
                        if (m.isExpunged() || m.isSet(Flags.Flag.DELETED)) {
                            continue;
                        }
                        try {
                            EmailLedger.Kept kept = ledger.store(box, raw(m), received(m));
                            stored += kept.isNew() ? 1 : 0;
                            boolean isDone = kept.done();
                            if (!isDone && box == Mailbox.HELPDESK) {
                                isDone = process(kept.id(), processed);
                                failed += isDone ? 0 : 1;
                            }
                            if (isDone) {
                                finished.add(m);
                            }
                        } catch (RuntimeException | IOException e) {
                            failed++;
                            LOG.log(Level.WARNING, "E-mail {0} of {1} not kept: {2}", new Object[] {m.getMessageNumber(), box, e.toString()});
                        }
                    }
                    moved += move(inbox, done, finished);
                }
            } finally {
                inbox.close(true);
            }
        } finally {
            store.close();
        }
        return new FetchReport(box, stored, processed[0], moved, failed);
    }

    /** Processes one kept row; false when it failed for a passing reason and stays for the next fetch. */
    private boolean process(long id, int[] processed) {
        try {
            intake.process(id);
            processed[0]++;
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof BusinessException || cause instanceof IllegalArgumentException) {
                // it will never become a ticket: kept with the reason, and it may leave the folder
                ledger.refuse(id, cause.getMessage() == null ? cause.toString() : cause.getMessage());
                processed[0]++;
                return true;
            }
            LOG.log(Level.WARNING, "E-mail ledger row {0} not processed, left for the next fetch: {1}", new Object[] {id, e.toString()});
            return false;
        }
    }

    private Folder doneFolder(Store store) throws MessagingException {
        Folder done = store.getFolder(settings.doneFolder());
        if (!done.exists()) {
            done.create(Folder.HOLDS_MESSAGES);
            done.setSubscribed(true);
        }
        return done;
    }

    /** Moves the messages (IMAP MOVE where the server has it, else copy and delete); returns how many. */
    private static int move(Folder inbox, Folder done, List<Message> messages) throws MessagingException {
        if (messages.isEmpty()) {
            return 0;
        }
        Message[] array = messages.toArray(new Message[0]);
        if (inbox instanceof IMAPFolder imap && inbox.getStore() instanceof IMAPStore s && s.hasCapability("MOVE")) {
            imap.moveMessages(array, done);
        } else {
            inbox.copyMessages(array, done);
            inbox.setFlags(array, new Flags(Flags.Flag.DELETED), true);
        }
        return array.length;
    }

    private Instant received(Message m) throws MessagingException {
        return m.getReceivedDate() == null ? clock.now() : m.getReceivedDate().toInstant();
    }

    private static byte[] raw(Message m) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, m.getSize()));
        m.writeTo(out);
        return out.toByteArray();
    }

    static Store connect(ImapSettings settings, Mailbox box) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties());
        Store store = session.getStore(settings.protocol());
        store.connect(settings.host(), settings.port(), settings.user(box), settings.password(box));
        return store;
    }

    /** The mailboxes the watcher reads. */
    public List<Mailbox> mailboxes() {
        return settings.mailboxes();
    }

}
