package id.djpk.portal.email;

import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.ChannelSender;
import id.djpk.portal.helpdesk.HelpdeskLetters;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.MailThread;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.system.LetterTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers an e-mailed question by e-mail: from {@code PORTAL_MAIL_FROM} through the outbox
 * (retries, held without SMTP), with its own Message-ID kept on the answer, {@code In-Reply-To} the requester's
 * last e-mail, {@code References} the conversation, the subject {@code Re: <subject> [TIK-…]} and the agent's
 * files. The requester answers with their mail program's "Reply", and the intake finds the ticket again.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final LetterTexts texts = new LetterTexts(HelpdeskLetters.class);

    @Inject
    MailService mail;

    @Inject
    DocumentStore documents;

    @Override
    public boolean answers(Ticket ticket) {
        return ticket.getChannel() == Channel.EMAIL && ticket.getRequesterEmail() != null;
    }

    @Override
    public void send(Ticket ticket, TicketMessage answer, List<StoredFile> files) {
        Mail letter = Mail.to(ticket.getRequesterEmail())
                .subject(MailThread.replySubject(ticket.getSubject(), ticket.getNumber()))
                .text(texts.text("email.reply.text", ticket.getNumber(), answer.getBody()))
                .about(HelpdeskLetters.ABOUT, ticket.getNumber())
                .thread(null, lastFromRequester(ticket, answer), conversation(ticket, answer));
        for (StoredFile f : files) {
            letter.attach(f.fileName(), f.mediaType(), documents.read(f.storageKey()));
        }
        OutboxMessage out = mail.send(letter);
        answer.travelled(out.getMessageId(), null);
        answer.queued(out.getId());
    }

    /**
     * The ids of the conversation so far, oldest first: the e-mail that opened the ticket (its source reference),
     * then every message that travelled by e-mail, both ways.
     */
    static List<String> conversation(Ticket ticket, TicketMessage answer) {
        List<String> ids = new ArrayList<>();
        if (ticket.getSourceRef() != null) {
            ids.add(ticket.getSourceRef());
        }
        for (TicketMessage m : ticket.getMessages()) {
            if (m != answer && m.getExternalId() != null) {
                ids.add(m.getExternalId());
            }
        }
        return ids;
    }

    /** The requester's newest e-mail in the thread (the one this answer replies to), else the one that opened it. */
    static String lastFromRequester(Ticket ticket, TicketMessage answer) {
        String last = MailThread.normalizeId(ticket.getSourceRef());
        for (TicketMessage m : ticket.getMessages()) {
            String id = MailThread.normalizeId(m.getExternalId());
            if (m != answer && id != null && m.getDirection() == TicketMessage.Direction.IN) {
                last = id;
            }
        }
        return last;
    }
}
