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
 * The report sums the total and the year to date itself.
 */
@ApplicationScoped
public class LaporReportFigures implements ReportFigureSource {

    @Inject
    LaporDesk desk;

    @Override
    public Set<String> keys() {
        return EnteredFigures.EMAIL_TYPES.keySet().stream().map(c -> EnteredFigures.EMAIL_TYPE + c).collect(Collectors.toSet());
    }

    @Override
    public Map<String, Long> values(YearMonth month) {
        Map<String, Long> out = new HashMap<>();
        desk.byReportGroup(month).forEach((group, n) -> out.put(EnteredFigures.EMAIL_TYPE + group, n));
        return out;
    }
}
