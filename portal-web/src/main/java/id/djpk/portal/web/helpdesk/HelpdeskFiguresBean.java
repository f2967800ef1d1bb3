package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.HelpdeskFigures;
import id.djpk.portal.helpdesk.HelpdeskFiguresQuery;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.report.Change;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The month's figures with the month before (M−1) and the same month a year before (M−12) beside them, and
 * the change in percent. Every number comes from the service; this bean only lines them up.
 */
@Named
@ViewScoped
public class HelpdeskFiguresBean implements Serializable {

    /** One line of a comparison table: M, M−1, M−12 and the changes against them. */
    public record Row(String code, String label, long m, long m1, long m12, Double share) implements Serializable {
        // the components are read by RecordELResolver; the changes are derived
        public Double getChange1() { return change(m, m1); }
        public Double getChange12() { return change(m, m12); }
    }

    @Inject
    private HelpdeskFiguresQuery helpdesk;

    @Inject
    private OfficeClock clock;

    @Inject
    private ReferenceData reference;

    private String month;
    private HelpdeskFigures current;
    private HelpdeskFigures previous;
    private HelpdeskFigures lastYear;

    /** f:viewAction with ?bulan=YYYY-MM; the current month when absent, with a message when not a month. */
    public void load() {
        YearMonth m = ViewParams.month(month, clock.thisMonth());
        month = m.toString();
        var figures = helpdesk.figures(List.of(m, m.minusMonths(1), m.minusMonths(12)));
        current = figures.get(m);
        previous = figures.get(m.minusMonths(1));
        lastYear = figures.get(m.minusMonths(12));
    }

    /** The report's rounding ({@link Change}), so that the page and the report never differ by a tenth. */
    static Double change(long now, long before) {
        return Change.percent(now, before);
    }

    public List<Row> getTotal() {
        return List.of(new Row("total", "", current.total(), previous.total(), lastYear.total(), null));
    }

    public List<Row> getChannels() {
        return rows(HelpdeskFigures::byChannel, code -> code);
    }

    public List<Row> getCategories() {
        return rows(HelpdeskFigures::byCategory, code -> code);
    }

    public List<Row> getTopics() {
        return rows(HelpdeskFigures::byTopic, code -> reference.findTopic(code).map(Topic::getName).orElse(code));
    }

    public List<Row> getServiceHours() {
        List<Row> rows = new ArrayList<>();
        for (TimeZoneCode z : TimeZoneCode.values()) {
            rows.add(row(z.name() + " ✓", f -> f.serviceHours().get(z).inside()));
            rows.add(row(z.name() + " ✗", f -> f.serviceHours().get(z).outside()));
        }
        rows.add(row("?", HelpdeskFigures::unidentified));
        return rows;
    }

    public List<Row> getEscalation() {
        return List.of(row("count", f -> f.escalated().count()), row("outsideHours", f -> f.escalated().outsideHours()),
                row("outsideHoursEscalated", f -> f.escalated().outsideHoursEscalated()));
    }

    public Double getEscalatedShare() {
        return Change.share(current.escalated().count(), current.total());
    }

    public Double getOutsideEscalatedShare() {
        long outside = current.escalated().outsideHours();
        return Change.share(current.escalated().outsideHoursEscalated(), outside);
    }

    public List<Map.Entry<String, HelpdeskFigures.UnitScore>> getUnits() {
        return List.copyOf(current.l2Units().entrySet());
    }

    public List<HelpdeskFigures.Pemda> getTopPemda() {
        return current.topPemda();
    }

    public List<Map.Entry<String, HelpdeskFigures.Satisfaction>> getSatisfaction() {
        return List.copyOf(current.satisfaction().entrySet());
    }

    public List<Map.Entry<String, Long>> getKbNeedingReview() {
        return List.copyOf(current.kbNeedingReview().entrySet());
    }

    public String unitName(String code) {
        return reference.findUnit(code).map(OrgUnit::getName).orElse(code);
    }

    public String regionName(String code) {
        return reference.findRegion(code).map(Region::getName).orElse(code);
    }

    public String topicName(String code) {
        return reference.findTopic(code).map(Topic::getName).orElse(code);
    }

    /** "DAU (2), DBH (1)" */
    public String topicList(Map<String, Long> topics) {
        List<String> parts = new ArrayList<>();
        topics.forEach((code, n) -> parts.add(topicName(code) + " (" + n + ")"));
        return String.join(", ", parts);
    }

    private List<Row> rows(Function<HelpdeskFigures, Map<String, Long>> counts, Function<String, String> label) {
        Set<String> codes = new LinkedHashSet<>(counts.apply(current).keySet());
        codes.addAll(counts.apply(previous).keySet());
        codes.addAll(counts.apply(lastYear).keySet());
        List<Row> rows = new ArrayList<>();
        for (String code : codes) {
            long m = counts.apply(current).getOrDefault(code, 0L);
            rows.add(new Row(code, label.apply(code), m, counts.apply(previous).getOrDefault(code, 0L),
                    counts.apply(lastYear).getOrDefault(code, 0L), Change.share(m, current.total())));
        }
        return rows;
    }

    private Row row(String code, java.util.function.ToLongFunction<HelpdeskFigures> value) {
        long m = value.applyAsLong(current);
        return new Row(code, code, m, value.applyAsLong(previous), value.applyAsLong(lastYear), null);
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public YearMonth getCurrentMonth() { return current.month(); }
    public YearMonth getPreviousMonth() { return previous.month(); }
    public YearMonth getLastYearMonth() { return lastYear.month(); }
}
