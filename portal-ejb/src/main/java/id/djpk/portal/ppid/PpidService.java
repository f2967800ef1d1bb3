package id.djpk.portal.ppid;

import id.djpk.portal.system.AccessAttempts;
import id.djpk.portal.system.AccessCode;
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
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.AppSetting;
import id.djpk.portal.system.PortalConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
    static final String REMINDER_KEY = "ppid.reminder.last";

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
    private PortalConfig config;

    @Inject
    private StaffDirectory staff;

    @Inject
    private PublicationService publications;

    @Inject
    private ReferenceData reference;

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
        String explanation = deadlines.answer(receiptDay).explain(PpidLetters.ID);
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
        Deadline superior = request.fileObjection(ground, reason, deadlines(), Instant.now());
        audit.recordAs(AuditTrail.PUBLIC, "PPID_OBJECTION_FILED", ENTITY, request.getTrackingNumber(),
                ground + ", superior due " + superior.due());
        notify(request, letters().objectionFiled(request, superior.explain(PpidLetters.ID)));
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
        notify(request, letters().extended(request, extended.explain(PpidLetters.ID)));
        return extended;
    }

    /** Art. 22(7): the written notice. */
    public InformationRequest decide(String number, Decision decision, String text, ExemptionGround ground,
            String consequenceTest, String holdingBody) {
        InformationRequest request = require(number);
        String actor = audit.currentActor();
        List<ReleasedInformation> prepared = releases(request);
        if (decision != null && decision.gives() && prepared.isEmpty() && request.expectsCopy()) {
            // a copy was asked for (softcopy, or sent by e-mail): granting it means giving something
            throw new InvalidInputException(List.of(Violation.of("releases", "ppid.releaseRequired")));
        }
        PpidDeadlines deadlines = deadlines();
        Instant now = Instant.now();
        request.decide(decision, text, ground, consequenceTest, holdingBody, actor, deadlines, now);
        List<ReleasedInformation> given = new ArrayList<>();
        for (ReleasedInformation r : prepared) {
            if (decision.gives()) {
                r.release();
                given.add(r);
            } else {
                // nothing is given with a refusal: what was prepared is dropped, not left waiting
                em.remove(r);
            }
        }
        byte[] notice = DecisionNotice.render(request, given, request.getDecisionDay(), officerName(actor), letters());
        StoredFile stored = documents.store(new ByteArrayInputStream(notice), PpidLetters.noticeFileName(request),
                Set.of(FileKind.PDF), Long.MAX_VALUE);
        ReleasedInformation noticeItem = ReleasedInformation.file(request, ReleasedInformation.Kind.NOTICE,
                "Pemberitahuan tertulis " + request.getTrackingNumber(), stored.fileName(), stored.mediaType(),
                stored.sizeBytes(), stored.sha256(), stored.storageKey(), actor, now);
        noticeItem.release();
        em.persist(noticeItem);
        audit.recordAs(actor, "PPID_REQUEST_DECIDED", ENTITY, request.getTrackingNumber(),
                decision + (ground == null || !decision.withholds() ? "" : " (" + ground + ")")
                        + ", " + given.size() + " item(s) given, notice " + stored.sha256());
        notify(request, letters().decided(request,
                deadlines.objectionWindow(request.getDecisionDay()).due(), notice));
        return request;
    }

    /** Art. 36(2)–(3): the superior's answer to the objection. */
    public InformationRequest decideObjection(String number, ObjectionOutcome outcome, String text) {
        InformationRequest request = require(number);
        String actor = audit.currentActor();
        request.decideObjection(outcome, text, actor, Instant.now());
        audit.recordAs(actor, "PPID_OBJECTION_DECIDED", ENTITY, request.getTrackingNumber(), String.valueOf(outcome));
        notify(request, letters().objectionDecided(request));
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

    // ---------------------------------------------------------------- what is given

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

    /** A file the officer prepares for the requester; given when the request is granted. */
    public ReleasedInformation prepareFile(String number, String title, InputStream content, String fileName) {
        InformationRequest request = requirePreparable(number);
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(List.of(Violation.of("title", "ppid.required")));
        }
        StoredFile file = documents.store(content, fileName, FileKind.PUBLICATION, config.maxUploadBytes());
        String actor = audit.currentActor();
        ReleasedInformation item = ReleasedInformation.file(request, ReleasedInformation.Kind.FILE, title.trim(),
                file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(), file.storageKey(), actor, Instant.now());
        em.persist(item);
        audit.recordAs(actor, "PPID_FILE_PREPARED", ENTITY, request.getTrackingNumber(), file.fileName() + " " + file.sha256());
        return item;
    }

    /** A published publication the officer points the requester to. */
    public ReleasedInformation preparePublication(String number, String slug) {
        InformationRequest request = requirePreparable(number);
        PublicItem p = (slug == null ? Optional.<PublicItem>empty() : publications.findVisible(slug.trim()))
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("publication", "ppid.publicationUnknown"))));
        String actor = audit.currentActor();
        ReleasedInformation item = ReleasedInformation.publication(request, p.id(), p.title(), p.slug(), actor, Instant.now());
        em.persist(item);
        audit.recordAs(actor, "PPID_LINK_PREPARED", ENTITY, request.getTrackingNumber(), p.slug());
        return item;
    }

    /**
     * Published publications whose title contains the text, to link from a request or the DIP: their slug and title
     * from the one list query (what the public sees of each is read when one is linked).
     */
    public List<PublicItem.Link> publicationsMatching(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Instant now = Instant.now();
        return publications.staffList(null, PublicationStatus.PUBLISHED, text, 0, 15).items().stream()
                .filter(p -> p.isVisible(now)).map(p -> new PublicItem.Link(p.getSlug(), p.getTitle())).toList();
    }

    /** Takes back something prepared, before the decision. */
    public void removePrepared(String number, long itemId) {
        InformationRequest request = requirePreparable(number);
        ReleasedInformation item = em.find(ReleasedInformation.class, itemId);
        if (item == null || !item.getRequest().getId().equals(request.getId()) || item.isReleased()) {
            throw new BusinessException("ppid.notFound");
        }
        em.remove(item);
        audit.record("PPID_ITEM_REMOVED", ENTITY, request.getTrackingNumber(), item.getTitle());
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

    /** The requester's ID scan, for the PPID roles only; every opening is audited. */
    public InputStream openIdScan(InformationRequest request) throws IOException {
        if (request.getScanKey() == null) {
            throw new BusinessException("ppid.noIdScan");
        }
        audit.record("PPID_ID_SCAN_VIEWED", ENTITY, request.getTrackingNumber(), request.getScanSha256());
        return documents.open(request.getScanKey());
    }

    /** The kind of information asked, for the figures. */
    public void classify(String number, String topicCode) {
        InformationRequest request = require(number);
        String code = topicCode == null || topicCode.isBlank() ? null : topicCode.trim();
        if (code != null && reference.findTopic(code).isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("topic", "ppid.topicUnknown")));
        }
        request.classify(code);
        audit.record("PPID_REQUEST_CLASSIFIED", ENTITY, request.getTrackingNumber(), String.valueOf(code));
    }

    /** The e-mails written about a request, for the PPID roles (the outbox when no SMTP server is set). */
    public List<OutboxMessage> messages(InformationRequest request) {
        return mail.about(PpidLetters.ABOUT, request.getTrackingNumber());
    }

    // ---------------------------------------------------------------- reminders

    /**
     * The daily reminder: every active PPID officer (and superior, for objections) with an e-mail address gets
     * the list of what is overdue or due within two working days. Sent once a day, however many instances
     * run the timer: the day is recorded in {@code app_setting} under a lock. Returns the messages written.
     */
    public int sendReminders(String staffBaseUrl) {
        PpidDeadlines deadlines = deadlines();
        LocalDate today = deadlines.officeDay(Instant.now());
        if (!calendar.workingDays().isWorkingDay(today)) {
            return 0;
        }
        AppSetting last = em.find(AppSetting.class, REMINDER_KEY, LockModeType.PESSIMISTIC_WRITE);
        if (last != null && today.toString().equals(last.getValue())) {
            return 0;
        }
        if (last == null) {
            em.persist(new AppSetting(REMINDER_KEY, today.toString()));
        } else {
            last.setValue(today.toString());
        }
        List<QueueItem> urgent = queue().stream().filter(i -> i.overdue() || i.dueSoon()).toList();
        if (urgent.isEmpty()) {
            return 0;
        }
        PpidLetters letters = letters();
        int sent = 0;
        for (StaffAccount a : staff.all()) {
            if (!a.isEnabled() || a.getEmail() == null || !Mail.plausibleAddress(a.getEmail())) {
                continue;
            }
            boolean officer = a.getRoles().contains(Role.PPID);
            boolean superior = a.getRoles().contains(Role.PPID_SUPERIOR);
            List<QueueItem> mine = urgent.stream().filter(i -> i.status() == RequestStatus.OBJECTED ? superior : officer).toList();
            if (!mine.isEmpty()) {
                mail.send(letters.reminder(a.getEmail(), a.getFullName(), today, mine, staffBaseUrl));
                sent++;
            }
        }
        audit.recordAs(AuditTrail.SYSTEM, "PPID_REMINDERS_SENT", ENTITY, today, urgent.size() + " request(s), " + sent + " officer(s)");
        return sent;
    }

    // ---------------------------------------------------------------- Daftar Informasi Publik

    public List<DipEntry> dip() {
        return em.createNamedQuery("DipEntry.all", DipEntry.class).getResultList();
    }

    public Optional<DipEntry> findDip(long id) {
        return Optional.ofNullable(em.find(DipEntry.class, id));
    }

    /** Creates or updates a DIP line; {@code publicationSlug} links it to a published publication (or unlinks). */
    public DipEntry saveDip(DipEntry entry, String publicationSlug) {
        return saveDipAs(audit.currentActor(), entry, publicationSlug);
    }

    /** As {@link #saveDip}, for work the portal does itself (demo data, imports). */
    public DipEntry saveDipAs(String actor, DipEntry entry, String publicationSlug) {
        entry.validate();
        if (publicationSlug == null || publicationSlug.isBlank()) {
            entry.linkPublication(null, null);
        } else {
            PublicItem p = publications.findVisible(publicationSlug.trim()).orElseThrow(
                    () -> new InvalidInputException(List.of(Violation.of("publication", "ppid.publicationUnknown"))));
            entry.linkPublication(p.id(), p.slug());
        }
        entry.touched(actor, Instant.now());
        boolean created = entry.getId() == null;
        DipEntry saved = created ? persist(entry) : em.merge(entry);
        em.flush();
        audit.recordAs(actor, created ? "DIP_ENTRY_CREATED" : "DIP_ENTRY_UPDATED", "DipEntry", saved.getId(),
                saved.getCategory() + ": " + saved.getTitle());
        return saved;
    }

    public void deleteDip(long id) {
        DipEntry entry = findDip(id).orElseThrow(() -> new BusinessException("ppid.notFound"));
        em.remove(entry);
        audit.record("DIP_ENTRY_DELETED", "DipEntry", id, entry.getTitle());
    }

    private DipEntry persist(DipEntry entry) {
        em.persist(entry);
        return entry;
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
        Map<String, Long> topics = new java.util.TreeMap<>();
        for (Object[] row : em.createNamedQuery("InformationRequest.topicsBetween", Object[].class)
                .setParameter("from", first).setParameter("to", last).getResultList()) {
            topics.merge(row[0] == null ? PpidFigures.UNCLASSIFIED : (String) row[0], (Long) row[1], Long::sum);
        }
        return new PpidFigures(month, received, yearToDate, decided, average, overdue, objections, outcomes, topics);
    }

    // ---------------------------------------------------------------- helpers

    private long count(String query, LocalDate from, LocalDate to) {
        return em.createNamedQuery(query, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private InformationRequest require(String number) {
        return find(number).orElseThrow(() -> new BusinessException("ppid.notFound"));
    }

    private InformationRequest requirePreparable(String number) {
        InformationRequest request = require(number);
        if (!request.getStatus().awaitsDecision()) {
            throw new BusinessException("ppid.notAwaitingDecision", request.getTrackingNumber());
        }
        return request;
    }

    /** A message to the requester, when they gave an address; the step itself never waits for mail. */
    private void notify(InformationRequest request, Mail message) {
        if (request.getEmail() != null && Mail.plausibleAddress(request.getEmail())) {
            mail.send(message);
        }
    }

    private PpidLetters letters() {
        return new PpidLetters(config.publicBaseUrl());
    }

    private String officerName(String actor) {
        return staff.findByUsername(actor).map(StaffAccount::getFullName).orElse(actor);
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
