package id.djpk.portal.web.report;

import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.system.OfficeClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/** The editors' list of monthly reports, newest month first. */
@Named
@RequestScoped
public class ReportListBean {

    @Inject
    private ReportService reports;

    @Inject
    private OfficeClock clock;

    private List<MonthlyReport> list;

    public List<MonthlyReport> getReports() {
        if (list == null) {
            list = reports.recent();
        }
        return list;
    }

    /** The month a new draft is usually for: the one just ended. */
    public String getLastMonth() {
        return clock.thisMonth().minusMonths(1).toString();
    }
}
