package id.djpk.portal.web.visit;

import id.djpk.portal.visit.MonthlyLists;
import id.djpk.portal.visit.VisitService;
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
    private VisitService visits;

    private String month;
    private MonthlyLists lists;

    public void load() {
        YearMonth m = ViewParams.month(month, YearMonth.from(visits.today()));
        month = m.toString();
        lists = visits.monthly(m);
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public MonthlyLists getLists() { return lists; }
}
