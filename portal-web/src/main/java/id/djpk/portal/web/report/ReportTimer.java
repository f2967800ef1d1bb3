package id.djpk.portal.web.report;

import id.djpk.portal.report.MonthlyDrafts;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every morning: on the first working day of a month the draft report for the previous month is compiled and
 * the report editors are told by e-mail. A second instance finds the draft already there (or fails on the
 * unique month and revision) and sends nothing.
 */
@Singleton
public class ReportTimer {

    private static final Logger LOG = Logger.getLogger(ReportTimer.class.getName());

    @Inject
    private MonthlyDrafts drafts;

    @Inject
    private OfficeClock clock;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Jakarta", persistent = false)
    void draft() {
        drafts.monthlyDraft(clock.today())
                .ifPresent(r -> LOG.info(() -> "Draft report compiled for " + r.getMonth()));
    }
}
