package id.djpk.portal.web.stats;

import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.sitestats.SiteStatistics;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Visitors and most-visited pages per month, as the monthly report needs them. */
@Named
@ViewScoped
public class TrafficBean implements Serializable {

    @Inject
    private SiteStatistics statistics;

    @Inject
    private OfficeClock clock;

    private String month;
    private MonthlyTraffic traffic;
    private MonthlyTraffic previous;

    public void load() {
        YearMonth m = ViewParams.month(month, clock.thisMonth());
        month = m.toString();
        traffic = statistics.month(m, 20);
        previous = statistics.month(m.minusMonths(1), 20);
    }

    public List<String> getMonths() {
        List<String> months = new ArrayList<>();
        YearMonth m = clock.thisMonth();
        for (int i = 0; i < 24; i++) {
            months.add(m.minusMonths(i).toString());
        }
        return months;
    }

    public YearMonth getSelected() { return traffic == null ? null : traffic.month(); }
    public MonthlyTraffic getTraffic() { return traffic; }
    public MonthlyTraffic getPrevious() { return previous; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
