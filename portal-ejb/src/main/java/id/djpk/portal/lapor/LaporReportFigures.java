package id.djpk.portal.lapor;

import id.djpk.portal.report.EnteredFigures;
import id.djpk.portal.report.ReportFigureSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monthly report's Email Lapor table from the submissions: {@code emailLapor.byType.<line>} per line of the
 * report ({@link EnteredFigures#EMAIL_TYPES}), each report type counted in its {@link LaporType#getReportGroup}.
 * The report sums the total and the year to date itself. Only once the service is in use (its first report
 * received), and from that month on: the months before keep what the editors typed.
 */
@ApplicationScoped
public class LaporReportFigures implements ReportFigureSource {

    @Inject
    LaporDesk desk;

    @Override
    public Set<String> keys() {
        if (desk.firstMonth().isEmpty()) {
            return Set.of();
        }
        return EnteredFigures.EMAIL_TYPES.keySet().stream().map(c -> EnteredFigures.EMAIL_TYPE + c).collect(Collectors.toSet());
    }

    /** From the month of the first report received (the report's per-month switch, where it has one). */
    @Override
    public java.util.Optional<YearMonth> since() {
        return desk.firstMonth();
    }

    @Override
    public Map<String, Long> values(YearMonth month) {
        Map<String, Long> out = new HashMap<>();
        desk.byReportGroup(month).forEach((group, n) -> out.put(EnteredFigures.EMAIL_TYPE + group, n));
        return out;
    }
}
