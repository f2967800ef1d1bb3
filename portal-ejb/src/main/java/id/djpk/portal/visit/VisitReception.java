package id.djpk.portal.visit;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
            throw new VisitRuleException(VisitRule.NO_BOOKING, v.getBookingCode() + ": " + v.getStatus());
        }
        if (!v.getSlotDate().equals(clock.today())) {
            throw new VisitRuleException(VisitRule.NO_BOOKING, v.getBookingCode() + ": " + v.getSlotDate() + " "
                    + visits.rules().time(v.getSlotNumber()).label() + " WIB");
        }
        return v;
    }

    /**
     * Records who came: the listed guests by their number in the list, and anyone unlisted by name. Only the
     * allowed number is admitted; more is recorded as a breach of E.3.c.6.
     */
    public Admission checkIn(String code, Set<Integer> listedArrived, List<String> unlisted) {
        Visit visit = findForReception(code);
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
        visit.checkIn(listed, others, admission, actor, clock.now());
        audit.recordAs(actor, "VISIT_CHECKED_IN", VisitService.ENTITY, visit.getBookingCode(), admission.arrived() + " arrived, "
                + admission.admitted() + " admitted" + (admission.breach() ? ", guest limit breached" : ""));
        return admission;
    }

    /** A confirmed visit nobody came to, once its day has come: closed, a new letter is needed (E.3.c.9). */
    public Visit markNoShow(String code) {
        Visit visit = visits.require(code);
        if (visit.getStatus() == VisitStatus.CONFIRMED && visit.getSlotDate().isAfter(clock.today())) {
            throw new BusinessException("visit.notYetDue", visit.getBookingCode(), visit.getSlotDate().toString());
        }
        String actor = audit.currentActor();
        visit.noShow(actor, clock.now());
        audit.recordAs(actor, "VISIT_NO_SHOW", VisitService.ENTITY, visit.getBookingCode(), String.valueOf(visit.getSlotDate()));
        return visit;
    }
}
