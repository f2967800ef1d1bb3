package id.djpk.portal.helpdesk;

import static id.djpk.portal.helpdesk.HelpdeskService.ENTITY;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.system.AppSetting;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The Layer 2 units' reminders of callbacks due the next working day ({@code CallbackReminderTimer} asks daily). */
@Stateless
public class CallbackReminders {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private CalendarService calendar;

    @Inject
    private MailService mail;

    @Inject
    private StaffDirectory staff;

    @Inject
    private HelpdeskLetters letters;

    static final String CALLBACK_REMINDER_KEY = "helpdesk.callback-reminder.last";

    /**
     * The working day before a callback deadline, the unit's Layer 2 accounts are reminded of each ticket still
     * waiting on their draft answer. Sent once per office day however many instances run the timer (the day is
     * recorded in {@code app_setting} under a lock); nothing on a non-working day. Returns the messages written.
     */
    public int send(LocalDate today) {
        WorkingDays days = calendar.workingDays();
        if (!days.isWorkingDay(today)) {
            return 0;
        }
        if (!AppSetting.claimDay(em, CALLBACK_REMINDER_KEY, today)) {
            return 0;
        }
        LocalDate next = today.plusDays(1);
        while (!days.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        List<Ticket> due = em.createQuery("SELECT t FROM Ticket t WHERE t.status = :waiting AND t.callbackDue = :due "
                + "ORDER BY t.number", Ticket.class)
                .setParameter("waiting", TicketStatus.WAITING_L2).setParameter("due", next).getResultList();
        int sent = 0;
        List<StaffAccount> accounts = staff.all();
        for (Ticket t : due) {
            List<Mail> mails = letters.toUnit(t, t.getL2Unit(), t.getCallbackDue(), true, accounts);
            mails.forEach(mail::send);
            sent += mails.size();
        }
        audit.recordAs(AuditTrail.SYSTEM, "TICKET_CALLBACK_REMINDERS_SENT", ENTITY, today.toString(),
                due.size() + " ticket(s), " + sent + " message(s)");
        return sent;
    }
}
