package id.djpk.portal.email;

import id.djpk.portal.lapor.Incoming;
import id.djpk.portal.lapor.LaporForm;
import id.djpk.portal.lapor.LaporReceipt;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.lapor.SubjectGuess;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import id.djpk.portal.whatsapp.RegionMatchers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Email Lapor's mailbox during the change-over to the form ({@code PORTAL_MAIL_IMAP_LAPOR_USER}): every message waits
 * "to classify" (state NEW), those without files too, marked so. An agent or the PIC opens one with the form
 * prefilled from {@link SubjectGuess} and the sender and either makes it a submission ({@link #submit}: one
 * transaction, received when the mail server received it; a refused form changes nothing) or dismisses it with a
 * reason ({@link #dismiss}). Nothing is dropped without a person; each step is audited. Reads are for the Email Lapor
 * staff page, which restricts them to its roles.
 */
@Stateless
public class LaporMailbox extends WaitingMailbox {

    /** The longest dismissal reason kept. */
    public static final int REASON_MAX = 1000;

    @Inject
    private LaporService lapor;

    @Inject
    private RegionMatchers regions;

    public LaporMailbox() {
        super(Mailbox.LAPOR);
    }

    /** One message of the lapor mailbox with its text, files and the prefilled form; empty for another mailbox's. */
    public Optional<LaporEmail> get(long id) {
        InboxEntry e = entry(id).orElse(null);
        if (e == null) {
            return Optional.empty();
        }
        InboundEmail m = read(e, 0);
        List<InboxEntry.FileNote> files = m.attachments().stream().map(a -> new InboxEntry.FileNote(a.fileName(), a.size())).toList();
        SubjectGuess.Guess guess = new SubjectGuess(lapor.activeTypes(), regions.get())
                .guess(m.subject(), m.fromAddress(), files.stream().map(InboxEntry.FileNote::name).toList());
        LaporForm form = new LaporForm();
        form.setRegionCode(guess.regionCode());
        form.setReportType(guess.typeCode());
        form.setPeriod(guess.period());
        form.setInstitution(SubjectGuess.institution(m.fromName()));
        form.setName(m.fromName() == null || m.fromName().isBlank() ? m.fromAddress() : m.fromName().strip());
        form.setEmail(m.fromAddress());
        return Optional.of(new LaporEmail(e.getId(), e.getState(), e.getMessageId(), m.fromAddress(), m.fromName(),
                m.subject(), m.text(), e.getReceivedAt(), files, guess, form, e.getLaporReceipt(), e.getDismissReason()));
    }

    /**
     * The person's completed form and the files they chose (by their place in {@link LaporEmail#files}) become a
     * submission received when the mail server received the message; the region gets the receipt with a pointer to
     * the form, and the message leaves the waiting list. One transaction: a form or file the submission refuses
     * changes nothing. Audited as LAPOR_EMAIL_SUBMITTED.
     */
    public LaporReceipt submit(long id, LaporForm form, Set<Integer> chosenFiles) {
        InboxEntry e = waitingEntry(id);
        if (e.isWithoutFiles()) {
            throw new BusinessException("lapor.emailWithoutFiles");
        }
        InboundEmail m = read(e, LaporType.MAX_BYTES);
        List<Incoming> files = new ArrayList<>();
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < m.attachments().size(); i++) {
            InboundEmail.Attachment a = m.attachments().get(i);
            if (chosenFiles == null || !chosenFiles.contains(i)) {
                continue;
            }
            if (a.content() == null) {
                v.add(Violation.of("file", "lapor.emailFileTooLarge", a.fileName()));
            } else {
                byte[] content = a.content();
                files.add(new Incoming(a.fileName(), () -> new ByteArrayInputStream(content)));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LaporReceipt receipt = lapor.submitFromEmail(form, files, e.getReceivedAt(), e.getMessageId());
        String actor = audit.currentActor();
        e.submitted(receipt.receipt(), actor, clock.now());
        audit.recordAs(actor, "LAPOR_EMAIL_SUBMITTED", "InboxEntry", e.getId(), receipt.receipt() + " from " + e.getMessageId());
        return receipt;
    }

    /**
     * A file of a lapor message, for the person classifying it to open ({@code index}: its place in
     * {@link LaporEmail#files}); empty for another mailbox's message, a place it does not have, or a file larger than
     * a report may be.
     */
    public Optional<InboundEmail.Attachment> attachment(long id, int index) {
        InboxEntry e = entry(id).orElse(null);
        if (e == null) {
            return Optional.empty();
        }
        List<InboundEmail.Attachment> files = read(e, LaporType.MAX_BYTES).attachments();
        return index < 0 || index >= files.size() || files.get(index).content() == null ? Optional.empty()
                : Optional.of(files.get(index));
    }

    /** The message is no report (or cannot be one): dismissed with the reason, which is kept; audited. */
    public void dismiss(long id, String reason) {
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        if (r == null) {
            throw new InvalidInputException(List.of(Violation.of("reason", "lapor.emailDismissReason")));
        }
        if (r.length() > REASON_MAX) {
            throw new InvalidInputException(List.of(Violation.of("reason", "lapor.tooLong", REASON_MAX)));
        }
        InboxEntry e = waitingEntry(id);
        String actor = audit.currentActor();
        e.dismissed(r, actor, clock.now());
        audit.recordAs(actor, "LAPOR_EMAIL_DISMISSED", "InboxEntry", e.getId(), r);
    }

    private InboxEntry waitingEntry(long id) {
        InboxEntry e = lockedEntry(id);
        if (e.getState() == InboxEntry.State.CONVERTED) {
            throw new BusinessException("lapor.emailAlreadySubmitted", e.getLaporReceipt());
        }
        if (e.getState() != InboxEntry.State.NEW) {
            throw new BusinessException("lapor.emailDismissed");
        }
        return e;
    }

    /** The message from its .eml; one that cannot be read shows what the row knows, without files. */
    private InboundEmail read(InboxEntry e, long maxAttachmentBytes) {
        try {
            return InboundEmail.parse(documents.read(e.getRawKey()), maxAttachmentBytes);
        } catch (IllegalArgumentException unreadable) {
            return new InboundEmail(e.getMessageId(), e.getSender(), null,
                    e.getSubject() == null ? InboundEmail.NO_SUBJECT : e.getSubject(), InboundEmail.NO_TEXT, List.of(), List.of(),
                    EmailKind.PERSONAL, List.of(), null);
        }
    }
}
