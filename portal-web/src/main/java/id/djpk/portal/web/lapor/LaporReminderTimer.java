package id.djpk.portal.web.lapor;

import id.djpk.portal.lapor.LaporReminders;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every working morning the regions still missing a report due within the configured working days are reminded by
 * e-mail. The service sends once per day and once per region and report, with any number of staff-portal instances.
 */
@Singleton
public class LaporReminderTimer {

    private static final Logger LOG = Logger.getLogger(LaporReminderTimer.class.getName());

    @Inject
    private LaporReminders reminders;

    @Schedule(hour = "7", minute = "40", timezone = "Asia/Jakarta", persistent = false)
    void remind() {
        LaporReminders.Run run = reminders.remindMissing();
        LOG.info(() -> "Email Lapor reminders: " + run.reports() + " report(s) due, " + run.reminded() + " region(s) reminded, "
                + run.withoutAddress() + " without a known address");
    }
}
