package id.djpk.portal.helpdesk;

import static id.djpk.portal.helpdesk.HelpdeskService.ENTITY;
import static id.djpk.portal.helpdesk.HelpdeskService.TEXT_MAX;
import static id.djpk.portal.helpdesk.HelpdeskService.requiredText;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.system.OfficeClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Layer 2's work: a unit drafts the answer (konsep jawaban) to a ticket escalated to it, scored for speed against
 * the callback deadline. The web layer passes the account's own unit. Audited.
 */
@Stateless
public class Layer2Desk {

    @Inject
    private AuditTrail audit;

    @Inject
    private CalendarService calendar;

    @Inject
    private OfficeClock clock;

    @Inject
    private TicketQueues queues;

    @Inject
    private StaffDirectory staff;

    /**
     * Layer 2's draft answer (konsep jawaban), by the unit the ticket waits on; scored for speed. Layer 2 accounts
     * and administrators only, whatever address of the staff portal calls it. A Layer 2 account (not also an agent
     * or an administrator) drafts for its own unit, whatever unit the page passes.
     */
    @RolesAllowed({Role.L2_NAME, Role.ADMIN_NAME})
    public Ticket draft(String number, String unit, String text) {
        Ticket t = queues.get(number);
        String body = requiredText("text", text, TEXT_MAX);
        Instant now = clock.now();
        String actor = audit.currentActor();
        String own = staff.findByUsername(actor).flatMap(StaffAccount::layer2Unit).orElse(unit);
        WorkingDays days = calendar.workingDays();
        int score = t.getEscalatedAt() == null ? L2Score.LATE
                : L2Score.score(t.getEscalatedAt(), now, days, days.hours().zone());
        t.draft(own, body, actor, now, score);
        audit.recordAs(actor, "TICKET_L2_DRAFTED", ENTITY, t.getNumber(), own + ", score " + score);
        return t;
    }
}
