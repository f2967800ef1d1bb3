package id.djpk.portal.ppid;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PPID requests from submission to the superior's answer, and the report figures. Requesters reach their
 * request only with the tracking number and the access code; the PPID and the superior act by number
 * (the web layer restricts those calls to their roles). Every change is audited.
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
    private CalendarService calendar;

    @Inject
    private DocumentStore documents;

    // ---------------------------------------------------------------- requester

    /**
     * Registers a request received now. Every field is checked before the scan is stored, and the scan is
     * checked by its content, so a refused submission leaves neither a row nor a file behind.
     */
    public Submission submit(RequestForm form, InputStream idScan, String idScanName) {
        List<Violation> v = form == null ? List.of(Violation.of("name", "ppid.required")) : form.violations();
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        StoredFile scan = null;
        if (idScan != null) {
            try {
                scan = documents.store(idScan, idScanName, ID_SCAN_KINDS, ID_SCAN_MAX_BYTES);
            } catch (BusinessException e) {
                // shown beside the upload field like any other input error; the store's own "type not allowed"
                // lists what publications may carry, so the requester is told the three kinds an ID scan may be
                Violation violation = "file.typeNotAllowed".equals(e.getKey())
                        ? Violation.of("id_scan", "ppid.idScanType", e.getArguments())
                        : Violation.of("id_scan", e.getKey(), e.getArguments());
                throw new InvalidInputException(List.of(violation));
            }
        }
        Instant now = Instant.now();
        PpidDeadlines deadlines = deadlines();
        LocalDate receiptDay = deadlines.receiptDay(now);
        // numbered in the year of the day of receipt: a request sent on the evening of 31 December is one of
        // the next year's requests, in its number as in the annual report
        String number = TrackingNumber.format(receiptDay.getYear(), nextSerial(receiptDay.getYear()));
        String code = AccessCode.generate();
        InformationRequest request = new InformationRequest(number, AccessCode.hash(code), form, scan, deadlines, now);
        em.persist(request);
        audit.recordAs(AuditTrail.PUBLIC, "PPID_REQUEST_RECEIVED", ENTITY, number,
                "due " + request.getDueDate() + (scan == null ? "" : ", ID scan " + scan.sha256()));
        return new Submission(number, code, request.getReceiptDay(), request.getDueDate(),
                deadlines.answer(receiptDay).explain(Locale.forLanguageTag("id-ID")));
    }

    /**
     * The request, when number and code belong together. A wrong code answers exactly like an unknown
     * number, so the status page does not tell which numbers exist.
     */
    public Optional<InformationRequest> findForRequester(String number, String accessCode) {
        return find(number).filter(r -> r.accessCodeMatches(accessCode));
    }

    /** The requester's objection to the PPID's superior (art. 35–36). */
    public Deadline fileObjection(String number, String accessCode, ObjectionGround ground, String reason) {
        InformationRequest request = findForRequester(number, accessCode)
                .orElseThrow(() -> new BusinessException("ppid.notFound"));
        Deadline superior = request.fileObjection(ground, reason, deadlines(), Instant.now());
        audit.recordAs(AuditTrail.PUBLIC, "PPID_OBJECTION_FILED", ENTITY, request.getTrackingNumber(),
                ground + ", superior due " + superior.due());
        return superior;
    }

    // ---------------------------------------------------------------- PPID and superior

    /** For staff, by number alone. */
    public Optional<InformationRequest> find(String number) {
        String n = TrackingNumber.normalize(number);
        if (!TrackingNumber.isWellFormed(n)) {
            return Optional.empty();
        }
        return em.createNamedQuery("InformationRequest.byNumber", InformationRequest.class)
                .setParameter("number", n).getResultStream().findFirst();
    }

    /** Everything awaiting an answer, the most urgent first. */
    public List<QueueItem> queue() {
        PpidDeadlines deadlines = deadlines();
        LocalDate today = deadlines.officeDay(Instant.now());
        List<QueueItem> items = new ArrayList<>();
        for (InformationRequest r : em.createNamedQuery("InformationRequest.open", InformationRequest.class).getResultList()) {
            LocalDate due = r.getStatus() == RequestStatus.OBJECTED ? r.getObjectionDue() : r.getDueDate();
            items.add(new QueueItem(r.getTrackingNumber(), r.getStatus(), r.getName(), r.getReceiptDay(), due,
                    deadlines.overdue(due, today), deadlines.dueSoon(due, today)));
        }
        items.sort(Comparator.comparing(QueueItem::due).thenComparing(QueueItem::trackingNumber));
        return items;
    }

    /** Art. 22(8): the one extension, with the reasons the requester is told. */
    public Deadline extend(String number, Integer days, String reason) {
        InformationRequest request = require(number);
        String actor = audit.currentActor();
        Deadline extended = request.extend(days, reason, deadlines(), actor, Instant.now());
        audit.recordAs(actor, "PPID_REQUEST_EXTENDED", ENTITY, request.getTrackingNumber(),
                days + " working days to " + extended.due() + ": " + request.getExtensionReason());
        return extended;
    }

    /** Art. 22(7): the written notice. */
    public InformationRequest decide(String number, Decision decision, String text, ExemptionGround ground,
            String consequenceTest, String holdingBody) {
        InformationRequest request = require(number);
        String actor = audit.currentActor();
        request.decide(decision, text, ground, consequenceTest, holdingBody, actor, deadlines(), Instant.now());
        audit.recordAs(actor, "PPID_REQUEST_DECIDED", ENTITY, request.getTrackingNumber(),
                decision + (ground == null || !decision.withholds() ? "" : " (" + ground + ")"));
        return request;
    }

    /** Art. 36(2)–(3): the superior's answer to the objection. */
    public InformationRequest decideObjection(String number, ObjectionOutcome outcome, String text) {
        InformationRequest request = require(number);
        String actor = audit.currentActor();
        request.decideObjection(outcome, text, actor, Instant.now());
        audit.recordAs(actor, "PPID_OBJECTION_DECIDED", ENTITY, request.getTrackingNumber(), String.valueOf(outcome));
        return request;
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

    // ---------------------------------------------------------------- report

    public PpidFigures figures(YearMonth month) {
        PpidDeadlines deadlines = deadlines();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate today = deadlines.officeDay(Instant.now());
        long received = count("InformationRequest.receivedBetween", first, last);
        long yearToDate = count("InformationRequest.receivedBetween", LocalDate.of(month.getYear(), 1, 1), last);

        Map<Decision, Long> decided = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            decided.put(d, 0L);
        }
        long totalDays = 0;
        List<InformationRequest> decisions = em.createNamedQuery("InformationRequest.decidedBetween", InformationRequest.class)
                .setParameter("from", first).setParameter("to", last).getResultList();
        for (InformationRequest r : decisions) {
            decided.merge(r.getDecision(), 1L, Long::sum);
            totalDays += deadlines.daysTaken(r.getReceiptDay(), r.getDecisionDay());
        }
        Double average = decisions.isEmpty() ? null : (double) totalDays / decisions.size();

        long overdue = em.createNamedQuery("InformationRequest.dueBetween", InformationRequest.class)
                .setParameter("from", first).setParameter("to", last).getResultStream()
                .filter(r -> r.getDecisionDay() != null ? r.getDecisionDay().isAfter(r.getDueDate())
                        : today.isAfter(r.getDueDate()))
                .count();

        long objections = count("InformationRequest.objectedBetween", first, last);
        Map<ObjectionOutcome, Long> outcomes = new EnumMap<>(ObjectionOutcome.class);
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            outcomes.put(o, 0L);
        }
        ZoneId zone = deadlines.workingDays().hours().zone();
        em.createNamedQuery("InformationRequest.objectionDecidedBetween", InformationRequest.class)
                .setParameter("from", first.atStartOfDay(zone).toInstant())
                .setParameter("to", last.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList().forEach(r -> outcomes.merge(r.getObjectionOutcome(), 1L, Long::sum));
        return new PpidFigures(month, received, yearToDate, decided, average, overdue, objections, outcomes);
    }

    // ---------------------------------------------------------------- helpers

    private long count(String query, LocalDate from, LocalDate to) {
        return em.createNamedQuery(query, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private InformationRequest require(String number) {
        return find(number).orElseThrow(() -> new BusinessException("ppid.notFound"));
    }

    private PpidDeadlines deadlines() {
        return new PpidDeadlines(calendar.workingDays());
    }

    /**
     * The next serial of the year. The first request of a year inserts the counter row; should two arrive
     * in the same instant, one fails on the primary key and is refused rather than numbered twice.
     */
    private int nextSerial(int year) {
        PpidCounter counter = em.find(PpidCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new PpidCounter(year);
            em.persist(counter);
        }
        int serial = counter.next();
        if (serial > TrackingNumber.MAX_SERIAL) {
            throw new BusinessException("ppid.numbersExhausted", year);
        }
        return serial;
    }
}
