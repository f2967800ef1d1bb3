package id.djpk.portal.ppid;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.system.AccessAttempts;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import id.djpk.portal.system.YearlyCounter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PPID requests as the requester meets them: submission, status, the objection and the released files; and the
 * reads every PPID bean shares (a request by number, its due dates explained, what was prepared or given).
 * Requesters reach their request only with the tracking number and the access code. The PPID and its superior
 * work in {@link PpidDesk} and {@link PpidReleases}; the DIP, reminders and figures have their own beans. Every
 * change is audited.
 */
@Stateless
public class PpidService {

    /** The ID scan: a KTP photo or the organisation's deed, as picture or PDF. */
    public static final Set<FileKind> ID_SCAN_KINDS = Set.of(FileKind.JPG, FileKind.PNG, FileKind.PDF);
    public static final long ID_SCAN_MAX_BYTES = 5L * 1024 * 1024;

    static final String ENTITY = "InformationRequest";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessAttempts attempts;

    @Inject
    private CalendarService calendar;

    @Inject
    private DocumentStore documents;

    @Inject
    private MailService mail;

    @Inject
    private Links links;

    @Inject
    private OfficeClock clock;

    @Inject
    private DipService dips;

    // ---------------------------------------------------------------- requester

    /**
     * Registers a request received now. Every field is checked before the scan is stored, and the scan is
     * checked by its content, so a refused submission leaves neither a row nor a file behind.
     */
    public Submission submit(RequestForm form, InputStream idScan, String idScanName) {
        return submit(form, idScan, idScanName, null, null);
    }

    /**
     * A request an officer makes from an e-mail to the PPID mailbox: received when the mail server received the
     * message (the legal clock counts from it), with the message as its source.
     */
    public Submission submitFromEmail(RequestForm form, Instant received, String messageId) {
        return submit(form, null, null, received, messageId);
    }

    private Submission submit(RequestForm form, InputStream idScan, String idScanName, Instant received, String messageId) {
        List<Violation> v = form == null ? List.of(Violation.of("name", "ppid.required")) : form.violations();
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        StoredFile scan = null;
        if (idScan != null) {
            try {
                scan = documents.storePersonal(idScan, idScanName, ID_SCAN_KINDS, ID_SCAN_MAX_BYTES);
            } catch (BusinessException e) {
                // shown beside the upload field like any other input error; the store's own "type not allowed"
                // lists what publications may carry, so the requester is told the three kinds an ID scan may be
                Violation violation = "file.typeNotAllowed".equals(e.getKey())
                        ? Violation.of("id_scan", "ppid.idScanType", e.getArguments())
                        : Violation.of("id_scan", e.getKey(), e.getArguments());
                throw new InvalidInputException(List.of(violation));
            }
        }
        Instant now = received == null || received.isAfter(clock.now()) ? clock.now() : received;
        PpidDeadlines deadlines = deadlines();
        LocalDate receiptDay = deadlines.receiptDay(now);
        // numbered in the year of the day of receipt: a request sent on the evening of 31 December is one of
        // the next year's requests, in its number as in the annual report
        String number = TrackingNumber.format(receiptDay.getYear(), nextSerial(receiptDay.getYear()));
        String code = AccessCode.generate();
        InformationRequest request = new InformationRequest(number, AccessCode.hash(code), form, scan, deadlines, now);
        if (messageId != null) {
            request.fromEmail(messageId);
        }
        em.persist(request);
        audit.recordAs(AuditTrail.PUBLIC, "PPID_REQUEST_RECEIVED", ENTITY, number,
                "due " + request.getDueDate() + (scan == null ? "" : ", ID scan " + scan.sha256())
                        + (messageId == null ? "" : ", from e-mail " + messageId));
        String explanation = deadlines.answer(receiptDay).explain(PpidLetters.locale(request));
        notify(request, letters().received(request, code, explanation));
        return new Submission(number, code, request.getReceiptDay(), request.getDueDate(), explanation);
    }

    /**
     * The request, when number and code belong together. A wrong code answers exactly like an unknown
     * number, so the status page does not tell which numbers exist.
     */
    public Optional<InformationRequest> findForRequester(String number, String accessCode) {
        return attempts.guard(AccessAttempts.Kind.PPID, number, () -> find(number).filter(r -> r.accessCodeMatches(accessCode)));
    }

    /** The requester's objection to the PPID's superior (art. 35–36). */
    public Deadline fileObjection(String number, String accessCode, ObjectionGround ground, String reason) {
        InformationRequest request = findForRequester(number, accessCode)
                .orElseThrow(() -> new BusinessException("ppid.notFound"));
        Deadline superior = request.fileObjection(ground, reason, deadlines(), clock.now());
        audit.recordAs(AuditTrail.PUBLIC, "PPID_OBJECTION_FILED", ENTITY, request.getTrackingNumber(),
                ground + ", superior due " + superior.due());
        notify(request, letters().objectionFiled(request, superior.explain(PpidLetters.locale(request))));
        return superior;
    }

    // ---------------------------------------------------------------- shared reads

    /** For staff, by number alone. */
    public Optional<InformationRequest> find(String number) {
        String n = TrackingNumber.normalize(number);
        if (!TrackingNumber.isWellFormed(n)) {
            return Optional.empty();
        }
        return em.createNamedQuery("InformationRequest.byNumber", InformationRequest.class)
                .setParameter("number", n).getResultStream().findFirst();
    }

    /** As {@link #find}, failing with {@code ppid.notFound}. */
    public InformationRequest require(String number) {
        return find(number).orElseThrow(() -> new BusinessException("ppid.notFound"));
    }

    /** How the due date now in force was reached, for the requester's status page and the staff screens. */
    public String explainDue(InformationRequest request, Locale locale) {
        PpidDeadlines deadlines = deadlines();
        Deadline d = request.getExtensionDays() == null ? deadlines.answer(request.getReceiptDay())
                : deadlines.extension(request.getFirstDue(), request.getExtensionDays());
        return d.explain(locale);
    }

    /** How the superior's due date was reached; empty before an objection. */
    public Optional<String> explainObjectionDue(InformationRequest request, Locale locale) {
        if (request.getObjectionFiledAt() == null) {
            return Optional.empty();
        }
        PpidDeadlines deadlines = deadlines();
        return Optional.of(deadlines.superior(deadlines.receiptDay(request.getObjectionFiledAt())).explain(locale));
    }

    /** Everything prepared or given for a request (staff view), the notice first. */
    public List<ReleasedInformation> releases(InformationRequest request) {
        return em.createNamedQuery("ReleasedInformation.ofRequest", ReleasedInformation.class)
                .setParameter("request", request).getResultStream()
                .sorted(Comparator.comparing((ReleasedInformation r) -> r.getKind() != ReleasedInformation.Kind.NOTICE))
                .toList();
    }

    /** What the requester may see and download: given with the decision, and the notice. */
    public List<ReleasedInformation> releasedTo(InformationRequest request) {
        return releases(request).stream().filter(ReleasedInformation::isReleased).toList();
    }

    /** A released file for the requester: only with the right number and access code. */
    public Optional<ReleasedInformation> releasedFile(String number, String accessCode, long itemId) {
        return findForRequester(number, accessCode).flatMap(r -> releasedTo(r).stream()
                .filter(i -> i.getId() == itemId && i.isFile()).findFirst());
    }

    /** Any file of a request, for the PPID roles (the web layer restricts the call to them). */
    public Optional<ReleasedInformation> fileForStaff(long itemId) {
        return Optional.ofNullable(em.find(ReleasedInformation.class, itemId)).filter(ReleasedInformation::isFile);
    }

    public InputStream open(ReleasedInformation item) throws IOException {
        return documents.open(item.getStorageKey());
    }

    /** The Daftar Informasi Publik as the public site lists it. */
    public List<DipEntry> dip() {
        return dips.all();
    }

    // ---------------------------------------------------------------- helpers

    /** A message to the requester, when they gave an address; the step itself never waits for mail. */
    private void notify(InformationRequest request, Mail message) {
        if (PpidLetters.reachable(request)) {
            mail.send(message);
        }
    }

    private PpidLetters letters() {
        return new PpidLetters(links);
    }

    private PpidDeadlines deadlines() {
        return new PpidDeadlines(calendar.workingDays());
    }

    private int nextSerial(int year) {
        return YearlyCounter.next(em, PpidCounter.class, PpidCounter::new, year, TrackingNumber.MAX_SERIAL, "ppid.numbersExhausted");
    }
}
