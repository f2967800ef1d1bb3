package id.djpk.portal.helpdesk;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * The files of a ticket's thread for staff: what came with an e-mail and what went with an answer, and an
 * e-mail's raw form (.eml). Every opening is audited, like the PPID's ID scans: requesters' files are
 * personal data. An agent's files for an answer are checked by content here before the answer is sent.
 */
@Stateless
public class TicketFiles {

    /** What an agent may send with an answer: the publication kinds (documents, spreadsheets, images, ZIP). */
    public static final Set<FileKind> ANSWER_KINDS = FileKind.PUBLICATION;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private DocumentStore documents;

    /** An agent's file for an answer, checked by its content and at most {@link TicketAttachment#MAX_BYTES}. */
    public StoredFile storeForAnswer(InputStream content, String fileName) {
        return documents.store(content, fileName, ANSWER_KINDS, TicketAttachment.MAX_BYTES);
    }

    /** A file of a message, recorded as opened by the signed-in staff member. */
    public Optional<TicketAttachment> openAttachment(long id) {
        TicketAttachment a = em.find(TicketAttachment.class, id);
        if (a != null) {
            audit.record("TICKET_FILE_OPENED", HelpdeskService.ENTITY, a.getMessage().getTicket().getNumber(), a.getFileName());
        }
        return Optional.ofNullable(a);
    }

    /** An e-mail of the thread as it arrived (.eml), recorded as opened by the signed-in staff member. */
    public Optional<TicketMessage> openRaw(long messageId) {
        TicketMessage m = em.find(TicketMessage.class, messageId);
        if (m == null || m.getRawKey() == null) {
            return Optional.empty();
        }
        audit.record("TICKET_EML_OPENED", HelpdeskService.ENTITY, m.getTicket().getNumber(), String.valueOf(m.getExternalId()));
        return Optional.of(m);
    }

    /** The bytes of a stored file (an attachment's or a raw e-mail's storage key in the document store). */
    public InputStream content(String storageKey) throws IOException {
        return documents.open(storageKey);
    }
}
