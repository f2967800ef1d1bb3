package id.djpk.portal.web.visit;

import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.MonthlyLists;
import id.djpk.portal.visit.VisitReport;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;

/** The month's lists for the report: visits with guests and breaches, video conferences. */
@Named
@ViewScoped
public class MonthlyVisitsBean implements Serializable {

    @Inject
    private OfficeClock clock;

    @Inject
    private VisitReport report;

    private String month;
    private MonthlyLists lists;

    public void load() {
        YearMonth m = ViewParams.month(month, clock.thisMonth());
        month = m.toString();
        lists = report.monthly(m);
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public MonthlyLists getLists() { return lists; }
}
