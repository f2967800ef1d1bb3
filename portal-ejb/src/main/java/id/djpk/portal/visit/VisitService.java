package id.djpk.portal.visit;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.AccessAttempts;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bookings of consultation visits and video conferences as the requester meets them: the request, its status, the
 * free sessions and the quota left; and the lookups every other visit bean shares (a booking by code, the rules,
 * today). The requester reaches a booking only with its code and access code. The desk ({@link VisitDesk}),
 * reception ({@link VisitReception}), the units ({@link VisitMinutes}) and the report ({@link VisitReport}) have their
 * own beans. Every change is audited.
 */
@Stateless
public class VisitService {

    /** The request letter: a PDF, as any letter to the Director General. */
    public static final long LETTER_MAX_BYTES = 10L * 1024 * 1024;

    static final String ENTITY = "Visit";

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
    private ReferenceData reference;

    @Inject
    private MailService mail;

    @Inject
    private Links links;

    @Inject
    private OfficeClock clock;

    @Inject
    @ConfigProperty(name = "portal.visit.slots", defaultValue = "09:00-10:00,10:00-11:00,13:00-14:00,14:00-15:00")
    String slotConfig;

    public VisitRules rules() {
        return new VisitRules(calendar.workingDays(), SlotTime.parse(slotConfig));
    }

    public LocalDate today() {
        return clock.today();
    }

    // ---------------------------------------------------------------- requester

    /** A request received now through the public form or API. */
    public VisitSubmission submit(VisitForm form, InputStream letter, String letterName) {
        return submit(form, letter, letterName, null);
    }

    /**
     * Registers a request. Input is checked, then the circular's rules; the letter is stored only when
     * both pass, so a refused request leaves neither a row nor a file. {@code receivedAt}, for the desk
     * entering a letter that came by WhatsApp or email, is when it came (not in the future); {@code null} is now.
     */
    public VisitSubmission submit(VisitForm form, InputStream letter, String letterName, Instant receivedAt) {
        Instant now = clock.now();
        Instant received = receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt;
        VisitRules rules = rules();
        LocalDate receiptDay = rules.workingDays().receiptDay(received);
        List<Violation> v = form == null ? List.of(Violation.of("institution", "visit.required")) : new ArrayList<>(form.violations());
        if (form == null) {
            throw new InvalidInputException(v);
        }
        Optional<Region> region = VisitForm.isBlank(form.getRegionCode()) ? Optional.empty()
                : reference.findRegion(form.getRegionCode().trim());
        if (!VisitForm.isBlank(form.getRegionCode()) && region.isEmpty()) {
            v.add(Violation.of("region_code", "visit.regionUnknown"));
        }
        for (String code : form.topicCodes()) {
            if (reference.findTopic(code).filter(Topic::isSubject).isEmpty()) {
                v.add(Violation.of("topics", "visit.topicUnknown", code));
                break;
            }
        }
        String unit = VisitForm.trimToNull(form.getPreferredUnit());
        if (unit != null && reference.findUnit(unit).filter(OrgUnit::isActive).isEmpty()) {
            v.add(Violation.of("preferred_unit", "visit.unitUnknown", unit));
        }
        LocalDate letterDate = form.letterDateValue();
        if (letterDate != null && letterDate.isAfter(clock.dayOf(received))) {
            v.add(Violation.of("letter_date", "visit.letterDateFuture"));
        }
        if (letter == null) {
            v.add(Violation.of("letter", "visit.letterRequired"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }

        // the circular's rules
        LocalDate earliest = rules.earliestDate(receiptDay);
        if (form.getMode() == VisitMode.TATAP_MUKA) {
            rules.checkGuests(form.getGuests());
        }
        for (LocalDate d : form.preferredDateValues()) {
            rules.checkDate(d, earliest);
        }
        if (form.getMode() == VisitMode.TATAP_MUKA && form.isRegionalGovernment() && !form.preferredDateValues().isEmpty()) {
            // refused only when every preferred date falls in a month whose quota is used up
            VisitRuleException full = null;
            boolean anyOpen = false;
            for (LocalDate d : form.preferredDateValues()) {
                YearMonth m = YearMonth.from(d);
                long used = VisitQueries.scheduledInMonth(em, region.get().getCode(), m);
                if (rules.quotaLeft(used) > 0) {
                    anyOpen = true;
                } else if (full == null) {
                    full = new VisitRuleException(VisitRule.QUOTA, region.get().getName(), m);
                }
            }
            if (!anyOpen) {
                throw full;
            }
        }
        em.createNamedQuery("Visit.byLetter", Visit.class).setParameter("region", region.get().getCode())
                .setParameter("number", form.getLetterNumber().trim()).getResultStream().findFirst()
                .ifPresent(earlier -> {
                    throw new VisitRuleException(VisitRule.NEW_LETTER, earlier.getLetterNumber(), earlier.getBookingCode());
                });

        StoredFile file;
        try {
            file = documents.store(letter, letterName, Set.of(FileKind.PDF), LETTER_MAX_BYTES);
        } catch (BusinessException e) {
            throw new InvalidInputException(List.of("file.typeNotAllowed".equals(e.getKey())
                    ? Violation.of("letter", "visit.letterType") : Violation.of("letter", e.getKey(), e.getArguments())));
        }
        String code = uniqueCode();
        String access = AccessCode.generate();
        Visit visit = new Visit(code, AccessCode.hash(access), form, file, received, receiptDay, earliest);
        em.persist(visit);
        audit.recordAs(audit.currentActor(), "VISIT_REQUESTED", ENTITY, code, visit.getMode() + ", " + visit.getRegionCode()
                + ", letter " + visit.getLetterNumber() + " " + file.sha256());
        mail.send(new VisitLetters(links).received(visit, access, earliest));
        return new VisitSubmission(code, access, earliest, received, receiptDay);
    }

    /** The booking, when code and access code belong together; a wrong code answers like an unknown one. */
    public Optional<Visit> findForRequester(String code, String accessCode) {
        return attempts.guard(AccessAttempts.Kind.VISIT, code, () -> find(code).filter(v -> v.accessCodeMatches(accessCode)));
    }

    /** Free and taken sessions of the working days from {@code from} to {@code to} (at most 62 days). */
    public List<DayAvailability> availability(LocalDate from, LocalDate to) {
        VisitRules rules = rules();
        LocalDate earliest = earliestForNow(rules);
        LocalDate end = to.isAfter(from.plusDays(62)) ? from.plusDays(62) : to;
        Set<Slot> taken = VisitQueries.taken(em, from, end);
        List<DayAvailability> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(end); d = d.plusDays(1)) {
            if (!rules.workingDays().isWorkingDay(d)) {
                continue;
            }
            List<DayAvailability.Session> sessions = new ArrayList<>();
            for (int n = 1; n <= rules.slots().size(); n++) {
                sessions.add(new DayAvailability.Session(n, rules.time(n).label(), !taken.contains(new Slot(d, n))));
            }
            days.add(new DayAvailability(d, sessions, !d.isBefore(earliest)));
        }
        return days;
    }

    /** The first day a request sent now could be scheduled (its letter counts as received now). */
    public LocalDate earliestForNow() {
        return earliestForNow(rules());
    }

    private LocalDate earliestForNow(VisitRules rules) {
        return rules.earliestDate(rules.workingDays().receiptDay(clock.now()));
    }

    /** Face-to-face visits the region may still have in the month. */
    public int quotaLeft(String regionCode, YearMonth month) {
        return rules().quotaLeft(VisitQueries.scheduledInMonth(em, regionCode, month));
    }

    // ---------------------------------------------------------------- shared lookups

    /** A booking by its code, for staff. */
    public Optional<Visit> find(String code) {
        String c = BookingCode.normalize(code);
        if (!BookingCode.isWellFormed(c)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Visit.byCode", Visit.class).setParameter("code", c).getResultStream().findFirst();
    }

    /** As {@link #find}, failing with {@code visit.notFound}. */
    public Visit require(String code) {
        return find(code).orElseThrow(() -> new BusinessException("visit.notFound"));
    }

    /** The topics of a booking by name, in the order asked. */
    public String topicNames(Visit v) {
        return topicNames(v.topicCodes());
    }

    /** The topics by name, in the order given, a code the reference data does not know as it is. */
    public String topicNames(List<String> codes) {
        return codes.stream().map(c -> reference.findTopic(c).map(Topic::getName).orElse(c))
                .collect(Collectors.joining(", "));
    }

    private String uniqueCode() {
        for (int i = 0; i < 20; i++) {
            String code = BookingCode.generate();
            if (find(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free booking code after 20 tries");
    }
}
