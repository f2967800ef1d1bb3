package id.djpk.portal.web.ppid;

import id.djpk.portal.ppid.PpidReminders;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every working morning the PPID officers get the requests due within two working days or overdue, and the
 * superior the objections. The service sends once per day even with several staff-portal instances.
 */
@Singleton
public class PpidReminderTimer {

    private static final Logger LOG = Logger.getLogger(PpidReminderTimer.class.getName());

    @Inject
    private PpidReminders reminders;

    @Schedule(hour = "7", minute = "30", timezone = "Asia/Jakarta", persistent = false)
    void remind() {
        int sent = reminders.sendReminders();
        LOG.info(() -> "PPID reminders sent to " + sent + " officer(s)");
    }
}
