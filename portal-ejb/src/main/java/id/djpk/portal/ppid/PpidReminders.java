package id.djpk.portal.ppid;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.system.AppSetting;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The PPID's daily reminder of what is overdue or due soon. */
@Stateless
public class PpidReminders {

    static final String REMINDER_KEY = "ppid.reminder.last";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PpidDesk desk;

    @Inject
    private CalendarService calendar;

    @Inject
    private MailService mail;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Links links;

    @Inject
    private OfficeClock clock;

    /**
     * The daily reminder: every active PPID officer (and superior, for objections) with an e-mail address gets
     * the list of what is overdue or due within two working days. Sent once a day, however many instances
     * run the timer: the day is recorded in {@code app_setting} under a lock. Returns the messages written.
     */
    public int sendReminders() {
        PpidDeadlines deadlines = deadlines();
        LocalDate today = clock.today();
        if (!calendar.workingDays().isWorkingDay(today)) {
            return 0;
        }
        if (!AppSetting.claimDay(em, REMINDER_KEY, today)) {
            return 0;
        }
        List<QueueItem> urgent = desk.queue().stream().filter(i -> i.overdue() || i.dueSoon()).toList();
        if (urgent.isEmpty()) {
            return 0;
        }
        PpidLetters letters = new PpidLetters(links);
        int sent = 0;
        for (StaffAccount a : staff.all()) {
            if (!a.isEnabled() || a.getEmail() == null || !Mail.plausibleAddress(a.getEmail())) {
                continue;
            }
            boolean officer = a.getRoles().contains(Role.PPID);
            boolean superior = a.getRoles().contains(Role.PPID_SUPERIOR);
            List<QueueItem> mine = urgent.stream().filter(i -> i.status() == RequestStatus.OBJECTED ? superior : officer).toList();
            if (!mine.isEmpty()) {
                mail.send(letters.reminder(a.getEmail(), a.getFullName(), today, mine));
                sent++;
            }
        }
        audit.recordAs(AuditTrail.SYSTEM, "PPID_REMINDERS_SENT", PpidService.ENTITY, today, urgent.size() + " request(s), " + sent + " officer(s)");
        return sent;
    }
    private PpidDeadlines deadlines() {
        return new PpidDeadlines(calendar.workingDays());
    }
}
