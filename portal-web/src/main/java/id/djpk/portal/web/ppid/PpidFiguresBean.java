package id.djpk.portal.web.ppid;

import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidFigures;
import id.djpk.portal.ppid.PpidFiguresQuery;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.system.ViewParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The month's PPID figures beside the month before, for officers, the superior and the report editors. */
@Named
@ViewScoped
public class PpidFiguresBean implements Serializable {

    @Inject
    private PpidFiguresQuery figuresQuery;

    @Inject
    private ReferenceData reference;

    @Inject
    private OfficeClock clock;

    private String month;
    private PpidFigures current;
    private PpidFigures previous;

    @PostConstruct
    void thisMonth() {
        month = clock.thisMonth().toString();
    }

    public void load() {
        YearMonth m = ViewParams.month(month, clock.thisMonth());
        month = m.toString();
        current = figuresQuery.figures(m);
        previous = figuresQuery.figures(m.minusMonths(1));
    }

    public PpidFigures getCurrent() {
        if (current == null) {
            load();
        }
        return current;
    }

    public PpidFigures getPrevious() {
        if (previous == null) {
            load();
        }
        return previous;
    }

    public List<Map.Entry<String, Long>> getTopics() {
        return List.copyOf(getCurrent().topics().entrySet());
    }

    public String topicName(String code) {
        return reference.findTopic(code).map(Topic::getName).orElse(code);
    }

    public List<String> getMonths() {
        YearMonth m = clock.thisMonth();
        return java.util.stream.IntStream.range(0, 24).mapToObj(i -> m.minusMonths(i).toString()).toList();
    }

    public Decision[] getDecisions() { return Decision.values(); }
    public ObjectionOutcome[] getOutcomes() { return ObjectionOutcome.values(); }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
