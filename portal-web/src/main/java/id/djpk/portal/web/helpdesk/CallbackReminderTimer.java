package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.CallbackReminders;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every working morning the Layer 2 units are reminded of the escalations whose callback deadline is the next
 * working day and that still wait on their draft answer. The service sends once per day even with several
 * staff-portal instances.
 */
@Singleton
public class CallbackReminderTimer {

    private static final Logger LOG = Logger.getLogger(CallbackReminderTimer.class.getName());

    @Inject
    private CallbackReminders reminders;

    @Inject
    private OfficeClock clock;

    @Schedule(hour = "7", minute = "35", timezone = "Asia/Jakarta", persistent = false)
    void remind() {
        int sent = reminders.send(clock.today());
        LOG.info(() -> "Layer 2 callback reminders: " + sent + " message(s)");
    }
}
