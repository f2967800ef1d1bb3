package id.djpk.portal.ppid;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The PPID's and its superior's work on requests: the queue, the extension, the decision with its written notice,
 * the answer to an objection, and what only they may read (the ID scan, the e-mails). They act by number (the web
 * layer restricts these calls to their roles). Every change is audited.
 */
@Stateless
public class PpidDesk {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PpidService requests;

    @Inject
    private CalendarService calendar;

    @Inject
    private DocumentStore documents;

    @Inject
    private MailService mail;

    @Inject
    private LetterService register;

    @Inject
    private StaffDirectory staff;

    @Inject
    private ReferenceData reference;

    @Inject
    private Links links;

    @Inject
    private OfficeClock clock;

    /** Everything awaiting an answer, the most urgent first. */
    public List<QueueItem> queue() {
        PpidDeadlines deadlines = deadlines();
        LocalDate today = clock.today();
        List<QueueItem> items = new ArrayList<>();
        for (InformationRequest r : em.createNamedQuery("InformationRequest.open", InformationRequest.class).getResultList()) {
            LocalDate due = r.getStatus() == RequestStatus.OBJECTED ? r.getObjectionDue() : r.getDueDate();
            items.add(new QueueItem(r.getTrackingNumber(), r.getStatus(), r.getName(), r.getReceiptDay(), due,
                    deadlines.overdue(due, today), deadlines.dueSoon(due, today)));
        }
        items.sort(Comparator.comparing(QueueItem::due).thenComparing(QueueItem::trackingNumber));
        return items;
    }

    /** Whether the officer may still extend the request today ({@link InformationRequest#mayExtend}). */
    public boolean mayExtend(InformationRequest request) {
        return request.mayExtend(deadlines(), clock.now());
    }

    /** Art. 22(8): the one extension, with the reasons the requester is told. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public Deadline extend(String number, Integer days, String reason) {
        InformationRequest request = require(number);
        String actor = audit.currentActor();
        Deadline extended = request.extend(days, reason, deadlines(), actor, clock.now());
        audit.recordAs(actor, "PPID_REQUEST_EXTENDED", PpidService.ENTITY, request.getTrackingNumber(),
                days + " working days to " + extended.due() + ": " + request.getExtensionReason());
        notify(request, letters().extended(request, extended.explain(PpidLetters.locale(request))));
        return extended;
    }

    /** Art. 22(7): the written notice. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public InformationRequest decide(String number, Decision decision, String text, ExemptionGround ground,
            String consequenceTest, String holdingBody) {
        InformationRequest request = require(number);
        String actor = audit.currentActor();
        List<ReleasedInformation> prepared = requests.releases(request);
        if (decision != null && decision.gives() && prepared.isEmpty() && request.expectsCopy()) {
            // a copy was asked for (softcopy, or sent by e-mail): granting it means giving something
            throw new InvalidInputException(List.of(Violation.of("releases", "ppid.releaseRequired")));
        }
        PpidDeadlines deadlines = deadlines();
        Instant now = clock.now();
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
        String letterNumber = register.nextNumber(LETTER_UNIT, request.getDecisionDay());
        byte[] notice = DecisionNotice.render(request, given, request.getDecisionDay(), officerName(actor), letterNumber, letters());
        StoredFile stored = documents.store(new ByteArrayInputStream(notice), PpidLetters.noticeFileName(request),
                Set.of(FileKind.PDF), Long.MAX_VALUE);
        // in the register of outgoing letters, addressed by the request's number: no requester's name in a register
        register.registerGenerated(letterNumber, request.getDecisionDay(), "Pemberitahuan tertulis PPID",
                "Pemohon informasi " + request.getTrackingNumber(), notice, PpidLetters.noticeFileName(request));
        ReleasedInformation noticeItem = ReleasedInformation.file(request, ReleasedInformation.Kind.NOTICE,
                "Pemberitahuan tertulis " + request.getTrackingNumber(), stored.fileName(), stored.mediaType(),
                stored.sizeBytes(), stored.sha256(), stored.storageKey(), actor, now);
        noticeItem.release();
        em.persist(noticeItem);
        audit.recordAs(actor, "PPID_REQUEST_DECIDED", PpidService.ENTITY, request.getTrackingNumber(),
                decision + (ground == null || !decision.withholds() ? "" : " (" + ground + ")")
                        + ", " + given.size() + " item(s) given, notice " + stored.sha256());
        notify(request, letters().decided(request,
                deadlines.objectionWindow(request.getDecisionDay()).due(), notice));
        return request;
    }

    /** Art. 36(2)–(3): the superior's answer to the objection. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public InformationRequest decideObjection(String number, ObjectionOutcome outcome, String text) {
        InformationRequest request = require(number);
        String actor = audit.currentActor();
        request.decideObjection(outcome, text, actor, clock.now());
        audit.recordAs(actor, "PPID_OBJECTION_DECIDED", PpidService.ENTITY, request.getTrackingNumber(), String.valueOf(outcome));
        notify(request, letters().objectionDecided(request));
        return request;
    }

    /** The requester's personal details (NIK, address, phone, e-mail) were shown to the caller: audited. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public void personalDetailsViewed(InformationRequest request) {
        audit.record("PPID_PERSONAL_DETAILS_VIEWED", PpidService.ENTITY, request.getTrackingNumber(), null);
    }

    /** The requester's ID scan, for the PPID roles only; every opening is audited. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public InputStream openIdScan(InformationRequest request) throws IOException {
        if (request.getScanKey() == null) {
            throw new BusinessException("ppid.noIdScan");
        }
        audit.record("PPID_ID_SCAN_VIEWED", PpidService.ENTITY, request.getTrackingNumber(), request.getScanSha256());
        return documents.open(request.getScanKey());
    }

    /** The kind of information asked, for the figures. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public void classify(String number, String topicCode) {
        InformationRequest request = require(number);
        String code = topicCode == null || topicCode.isBlank() ? null : topicCode.trim();
        if (code != null && reference.findTopic(code).isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("topic", "ppid.topicUnknown")));
        }
        request.classify(code);
        audit.record("PPID_REQUEST_CLASSIFIED", PpidService.ENTITY, request.getTrackingNumber(), String.valueOf(code));
    }

    /** The e-mails written about a request, for the PPID roles (the outbox when no SMTP server is set). */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public List<OutboxMessage> messages(InformationRequest request) {
        return mail.about(PpidLetters.ABOUT, request.getTrackingNumber());
    }

    private InformationRequest require(String number) {
        return requests.require(number);
    }

    /** A message to the requester, when they gave an address; the step itself never waits for mail. */
    private void notify(InformationRequest request, Mail message) {
        if (PpidLetters.reachable(request)) {
            mail.send(message);
        }
    }

    private PpidLetters letters() {
        return new PpidLetters(links);
    }

    /** The unit code in the numbers of the PPID's notices: "S-12/PK/PPID/2026". */
    static final String LETTER_UNIT = "PK/PPID";

    private String officerName(String actor) {
        return staff.findByUsername(actor).map(StaffAccount::getFullName).orElse(actor);
    }

    private PpidDeadlines deadlines() {
        return new PpidDeadlines(calendar.workingDays());
    }
}
