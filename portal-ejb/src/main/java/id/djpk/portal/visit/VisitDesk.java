package id.djpk.portal.visit;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.letter.Letter;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The desk's work on visit requests: the queue, proposing sessions, confirming and rescheduling them (with the
 * confirmation letter, registered in the letter register) and cancelling. Every change is audited.
 */
@Stateless
public class VisitDesk {

    /** How many sessions the desk's queue proposes. */
    public static final int PROPOSALS = 6;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private VisitService visits;

    @Inject
    private ReferenceData reference;

    @Inject
    private StaffDirectory staff;

    @Inject
    private LetterService letters;

    @Inject
    private MailService mail;

    @Inject
    private Links links;

    @Inject
    private OfficeClock clock;

    /** Requests awaiting a schedule, oldest first. */
    public List<Visit> queue() {
        return em.createNamedQuery("Visit.requested", Visit.class).getResultList();
    }

    /** Visits and video conferences scheduled (or held, missed, cancelled) between two days. */
    public List<Visit> scheduled(LocalDate from, LocalDate to, Set<VisitStatus> statuses) {
        return em.createNamedQuery("Visit.scheduledBetween", Visit.class).setParameter("from", from)
                .setParameter("to", to).setParameter("statuses", statuses).getResultList();
    }

    /**
     * The earliest sessions that satisfy every rule: on or after the earliest date and today, free, and for a
     * face-to-face visit in a month where the region has quota left. Sessions on the requester's preferred
     * dates come first.
     */
    public List<Slot> proposals(String code) {
        Visit visit = require(code);
        VisitRules rules = rules();
        LocalDate from = firstPossibleDay(visit, rules);
        LocalDate horizon = from.plusMonths(6);
        Set<Slot> taken = VisitQueries.taken(em, from, horizon);
        LinkedHashSet<Slot> found = new LinkedHashSet<>();
        for (LocalDate d : visit.preferredDateValues()) {
            if (!d.isBefore(from) && quotaAllows(visit, YearMonth.from(d), rules)) {
                found.addAll(rules.freeSlots(d, taken));
            }
        }
        LocalDate day = from;
        while (found.size() < PROPOSALS && day.isBefore(horizon)) {
            List<Slot> next = rules.proposals(day, taken, PROPOSALS);
            if (next.isEmpty()) {
                break;
            }
            for (Slot s : next) {
                if (found.size() < PROPOSALS && quotaAllows(visit, YearMonth.from(s.date()), rules)) {
                    found.add(s);
                }
            }
            day = next.get(next.size() - 1).date().plusDays(1);
        }
        return List.copyOf(found);
    }

    /**
     * Schedules the request in a session and sends the confirmation letter (registered in the letter
     * register, with a QR code to its public check). Of two confirmations of the last free session, the
     * session's primary key lets exactly one commit; the other is refused with the rule.
     */
    @RolesAllowed({Role.DESK_NAME, Role.ADMIN_NAME})
    public Visit confirm(String code, Slot slot, String unitCode, String meetingLink) {
        return confirmAs(code, slot, unitCode, meetingLink, audit.currentActor());
    }

    /** As {@link #confirm}, on behalf of the given actor: the system's path (the demo data), not a page's. */
    public Visit confirmAs(String code, Slot slot, String unitCode, String meetingLink, String actor) {
        Visit visit = require(code);
        if (visit.getStatus() != VisitStatus.REQUESTED) {
            throw new BusinessException(visit.getStatus().closed() ? "visit.closed" : "visit.notRequested", visit.getBookingCode());
        }
        OrgUnit unit = checkDesk(visit, slot, unitCode, meetingLink);
        VisitRules rules = rules();
        checkSchedule(visit, slot, rules, null);
        Instant now = clock.now();
        String number = letters.nextNumber(LETTER_UNIT, today());
        visit.confirm(slot, unit.getCode(), trimToNull(meetingLink), number, actor, now);
        claim(slot, visit);
        sendLetter(visit, rules, unit, number, "VISIT_CONFIRMED", false, actor);
        return visit;
    }

    /** Another session for a confirmed booking; a new confirmation letter is sent. */
    @RolesAllowed({Role.DESK_NAME, Role.ADMIN_NAME})
    public Visit reschedule(String code, Slot slot, String note) {
        Visit visit = require(code);
        if (visit.getStatus() != VisitStatus.CONFIRMED) {
            throw new BusinessException(visit.getStatus().closed() ? "visit.closed" : "visit.notConfirmed", visit.getBookingCode());
        }
        VisitRules rules = rules();
        Slot old = visit.getSlot();
        checkSchedule(visit, slot, rules, old);
        String actor = audit.currentActor();
        visit.reschedule(slot, actor, clock.now(), trimToNull(note));
        release(old);
        claim(slot, visit);
        String number = letters.nextNumber(LETTER_UNIT, today());
        visit.renumber(number);
        OrgUnit unit = reference.findUnit(visit.getUnitCode()).orElseThrow();
        sendLetter(visit, rules, unit, number, "VISIT_RESCHEDULED", true, actor);
        return visit;
    }

    /** Closes the booking; a new request needs a new letter (E.3.c.9). */
    @RolesAllowed({Role.DESK_NAME, Role.ADMIN_NAME})
    public Visit cancel(String code, String reason) {
        Visit visit = require(code);
        if (VisitForm.isBlank(reason)) {
            throw new InvalidInputException(List.of(Violation.of("reason", "visit.reasonRequired")));
        }
        String r = reason.trim().length() > Visit.REASON_MAX ? reason.trim().substring(0, Visit.REASON_MAX) : reason.trim();
        Slot old = visit.getSlot();
        String actor = audit.currentActor();
        visit.cancel(r, actor, clock.now());
        release(old);
        audit.recordAs(actor, "VISIT_CANCELLED", VisitService.ENTITY, visit.getBookingCode(), r);
        mail.send(new VisitLetters(links).cancelled(visit, r));
        return visit;
    }

    /** A region's face-to-face visits left in a month, of the circular's monthly number. */
    public record RegionQuota(YearMonth month, int left, int of) implements java.io.Serializable {
    }

    /**
     * For the desk's queue: the region's visits left in the month of the first proposed session, or of the first
     * day a session could be proposed when none is; empty for a video conference, which has no such limit.
     */
    public Optional<RegionQuota> quota(Visit visit, List<Slot> proposed) {
        if (!visit.countsAgainstQuota()) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(proposed.isEmpty() ? firstPossibleDay(visit, rules()) : proposed.get(0).date());
        return Optional.of(new RegionQuota(month, visits.quotaLeft(visit.getRegionCode(), month), VisitRules.MONTHLY_VISITS_PER_REGION));
    }

    /**
     * When a request the desk enters was received (it came by WhatsApp or e-mail): that day at the given time, at
     * noon when no time is given, in the office's zone; {@code null} (now) without a day.
     */
    public Instant receivedAt(LocalDate day, LocalTime time) {
        return day == null ? null : day.atTime(time == null ? LocalTime.NOON : time).atZone(clock.zone()).toInstant();
    }

    private OrgUnit checkDesk(Visit visit, Slot slot, String unitCode, String meetingLink) {
        List<Violation> v = new ArrayList<>();
        if (slot == null) {
            v.add(Violation.of("slot", "visit.slotInvalid"));
        }
        Optional<OrgUnit> unit = unitCode == null ? Optional.empty() : reference.findUnit(unitCode).filter(OrgUnit::isActive);
        if (unit.isEmpty()) {
            v.add(Violation.of("unit", "visit.unitRequired"));
        }
        String link = trimToNull(meetingLink);
        if (visit.getMode() == VisitMode.VIDEO_CONFERENCE
                && (link == null || link.length() > Visit.LINK_MAX || !link.matches("https?://\\S+"))) {
            v.add(Violation.of("meeting_link", "visit.meetingLinkRequired"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return unit.get();
    }


    /**
     * The session and the quota, under a lock on the region's row: confirmations for one region queue
     * behind each other, so two of them cannot both take the region's last visit of a month.
     */
    private void checkSchedule(Visit visit, Slot slot, VisitRules rules, Slot current) {
        if (slot.number() > rules.slots().size()) {
            throw new InvalidInputException(List.of(Violation.of("slot", "visit.slotInvalid")));
        }
        LocalDate notBefore = visit.getEarliestDate().isAfter(today()) ? visit.getEarliestDate() : today();
        Set<Slot> taken = VisitQueries.taken(em, slot.date(), slot.date());
        if (current != null) {
            taken.remove(current);
        }
        rules.checkSlot(slot, notBefore, taken);
        if (visit.countsAgainstQuota()) {
            Region region = em.find(Region.class, visit.getRegionCode(), LockModeType.PESSIMISTIC_WRITE);
            YearMonth month = YearMonth.from(slot.date());
            long used = VisitQueries.scheduledInMonth(em, visit.getRegionCode(), month);
            if (current != null && YearMonth.from(current.date()).equals(month)) {
                used--;
            }
            rules.checkQuota(region.getName(), month, used);
        }
    }

    /** Takes the session; the primary key refuses a second holder even when both checked it free at once. */
    private void claim(Slot slot, Visit visit) {
        // worked out before the insert: once the insert fails, the transaction can only roll back
        String time = rules().time(slot.number()).label();
        try {
            em.persist(new SlotClaim(slot, visit.getId()));
            em.flush();
        } catch (PersistenceException e) {
            throw new VisitRuleException(VisitRule.SLOT, slot.date(), time);
        }
    }

    private void release(Slot slot) {
        if (slot == null) {
            return;
        }
        SlotClaim claim = em.find(SlotClaim.class, new SlotClaim.Key(slot));
        if (claim != null) {
            em.remove(claim);
            em.flush();
        }
    }


    private void sendLetter(Visit visit, VisitRules rules, OrgUnit unit, String number, String action, boolean rescheduled,
                            String actor) {
        Region region = reference.findRegion(visit.getRegionCode()).orElseThrow();
        LocalDate date = today();
        String verify = links.letterCheck(number, date);
        String time = rules.time(visit.getSlotNumber()).label();
        byte[] pdf = ConfirmationLetter.render(new ConfirmationLetter.Content(number, date, visit.getBookingCode(),
                visit.getInstitution(), region.getName(), visit.getContactName(), visit.getMode(), visit.getSlotDate(),
                time, unit.getName(), visit.getMeetingLink(), visit.allowedGuests(),
                visit.listedGuests().stream().map(g -> g.getName() + " (" + g.getPosition() + ")").toList(),
                visits.topicNames(visit), verify, signatory(actor)));
        String fileName = "konfirmasi-" + visit.getBookingCode() + ".pdf";
        VisitLetters texts = new VisitLetters(links);
        Letter letter = letters.registerGenerated(number, date, texts.confirmationSubject(visit),
                visit.getInstitution() + ", " + region.getName(), pdf, fileName);
        audit.recordAs(actor, action, VisitService.ENTITY, visit.getBookingCode(), visit.getSlotDate() + " #" + visit.getSlotNumber() + ", "
                + unit.getCode() + ", letter " + number + " " + letter.getFileSha256());
        mail.send(texts.scheduled(visit, rescheduled, time, unit.getName(), number, verify)
                .attach(fileName, "application/pdf", pdf));
    }

    /** Who signs the letter: the desk officer who scheduled it, by the name in their account. */
    private String signatory(String actor) {
        return staff.findByUsername(actor).map(StaffAccount::getFullName).filter(n -> n != null && !n.isBlank()).orElse(actor);
    }

    private boolean quotaAllows(Visit visit, YearMonth month, VisitRules rules) {
        return !visit.countsAgainstQuota() || rules.quotaLeft(VisitQueries.scheduledInMonth(em, visit.getRegionCode(), month)) > 0;
    }


    /** The unit code in the numbers of the desk's letters: "S-12/PK.1/2026". */
    static final String LETTER_UNIT = "PK.1";


    /** The first day a session can be proposed: the earliest day the rules allow, never today or before. */
    private LocalDate firstPossibleDay(Visit visit, VisitRules rules) {
        return visit.getEarliestDate().isAfter(today()) ? visit.getEarliestDate() : rules.workingDays().nextWorkingDay(today());
    }


    private Visit require(String code) {
        return visits.require(code);
    }

    private VisitRules rules() {
        return visits.rules();
    }

    /** The office's day, for the desk's screens. */
    public LocalDate today() {
        return clock.today();
    }

    private static String trimToNull(String s) {
        return VisitForm.trimToNull(s);
    }
}
