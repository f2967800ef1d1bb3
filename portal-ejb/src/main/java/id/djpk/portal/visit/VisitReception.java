package id.djpk.portal.visit;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Phrase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reception on the day of a visit: finding the booking (by code or the letter's QR code), who came, and no-shows. */
@Stateless
public class VisitReception {

    private static final Pattern CONFIRMATION_IN_URL = Pattern.compile("[?&]nomor=([^&#]+)");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private VisitService visits;

    @Inject
    private OfficeClock clock;

    /**
     * The booking reception has before it: by booking code, or by the address in the QR code of its
     * confirmation letter. Nobody is received without a schedule for today (E.3.c.3, E.3.c.11).
     */
    public Visit findForReception(String codeOrQr) {
        String input = codeOrQr == null ? "" : codeOrQr.trim();
        Optional<Visit> visit = visits.find(input);
        if (visit.isEmpty()) {
            Matcher m = CONFIRMATION_IN_URL.matcher(input);
            String number = m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : input;
            visit = em.createNamedQuery("Visit.byConfirmation", Visit.class).setParameter("number", number.trim())
                    .getResultStream().findFirst();
        }
        Visit v = visit.orElseThrow(() -> new VisitRuleException(VisitRule.NO_BOOKING, ""));
        if (v.getMode() != VisitMode.TATAP_MUKA) {
            throw new BusinessException("visit.notTatapMuka", v.getBookingCode());
        }
        if (v.getStatus() != VisitStatus.CONFIRMED && v.getStatus() != VisitStatus.HELD) {
            throw new VisitRuleException(VisitRule.NO_BOOKING, new Phrase("visit.notConfirmed", v.getBookingCode()));
        }
        if (!v.getSlotDate().equals(clock.today())) {
            throw new VisitRuleException(VisitRule.NO_BOOKING, new Phrase("visit.bookedFor", v.getBookingCode(), v.getSlotDate(),
                    visits.rules().time(v.getSlotNumber()).label()));
        }
        return v;
    }

    /**
     * Records who came: the listed guests by their number in the list, and anyone unlisted by name. Only the
     * allowed number is admitted; more is recorded as a breach of E.3.c.6.
     */
    @RolesAllowed({Role.DESK_NAME, Role.ADMIN_NAME})
    public Admission checkIn(String code, Set<Integer> listedArrived, List<String> unlisted) {
        return checkIn(code, listedArrived, unlisted, null);
    }

    /**
     * As {@link #checkIn(String, Set, List)}; once the booked session has ended, guests are served outside the schedule
     * (E.3.c.11) only when the desk admits them anyway and says why: {@code lateReason}, kept on the timeline and in
     * the audit trail. Before or during the session no reason is asked.
     */
    @RolesAllowed({Role.DESK_NAME, Role.ADMIN_NAME})
    public Admission checkIn(String code, Set<Integer> listedArrived, List<String> unlisted, String lateReason) {
        Visit visit = findForReception(code);
        String reason = lateReason == null || lateReason.isBlank() ? null : lateReason.strip();
        boolean late = sessionOver(visit);
        if (late && reason == null) {
            SlotTime time = visits.rules().time(visit.getSlotNumber());
            throw new InvalidInputException(List.of(Violation.of("late_reason", "visit.lateSession", time.label())));
        }
        if (reason != null && reason.length() > VisitForm.REASON_MAX) {
            throw new InvalidInputException(List.of(Violation.of("late_reason", "visit.tooLong", VisitForm.REASON_MAX)));
        }
        if (visit.getStatus() != VisitStatus.CONFIRMED) {
            throw new BusinessException("visit.notConfirmed", visit.getBookingCode());
        }
        Set<Integer> listed = listedArrived == null ? Set.of() : listedArrived.stream()
                .filter(n -> visit.listedGuests().stream().anyMatch(g -> g.getPositionNo() == n)).collect(Collectors.toSet());
        List<String> others = unlisted == null ? List.of() : unlisted.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.trim().length() > VisitForm.NAME_MAX ? s.trim().substring(0, VisitForm.NAME_MAX) : s.trim()).toList();
        boolean head = visit.listedGuests().stream().anyMatch(g -> g.isHead() && listed.contains(g.getPositionNo()));
        Admission admission = visits.rules().admit(listed.size() + others.size(), head);
        String actor = audit.currentActor();
        visit.checkIn(listed, others, admission, actor, clock.now(), late ? reason : null);
        audit.recordAs(actor, "VISIT_CHECKED_IN", VisitService.ENTITY, visit.getBookingCode(), admission.arrived() + " arrived, "
                + admission.admitted() + " admitted" + (admission.breach() ? ", guest limit breached" : "")
                + (late ? ", after the session, admitted because: " + reason : ""));
        return admission;
    }

    /** Whether the booked session has ended by the office clock (the guests come late: E.3.c.11). */
    public boolean sessionOver(Visit visit) {
        if (visit.getSlotDate() == null || visit.getSlotNumber() == null) {
            return false;
        }
        LocalDate today = clock.today();
        return visit.getSlotDate().isBefore(today) || visit.getSlotDate().equals(today)
                && clock.now().atZone(clock.zone()).toLocalTime().isAfter(visits.rules().time(visit.getSlotNumber()).end());
    }

    /** A confirmed visit nobody came to, once its day has come: closed, a new letter is needed (E.3.c.9). */
    @RolesAllowed({Role.DESK_NAME, Role.ADMIN_NAME})
    public Visit markNoShow(String code) {
        Visit visit = visits.require(code);
        if (visit.getStatus() == VisitStatus.CONFIRMED && visit.getSlotDate().isAfter(clock.today())) {
            throw new BusinessException("visit.notYetDue", visit.getBookingCode(), visit.getSlotDate());
        }
        String actor = audit.currentActor();
        visit.noShow(actor, clock.now());
        audit.recordAs(actor, "VISIT_NO_SHOW", VisitService.ENTITY, visit.getBookingCode(), String.valueOf(visit.getSlotDate()));
        return visit;
    }
}
