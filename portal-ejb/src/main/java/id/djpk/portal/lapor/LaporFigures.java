package id.djpk.portal.lapor;

import java.time.YearMonth;
import java.util.Map;

/**
 * A month's reports ({@code GET /portal/api/stats/lapor}): counted by receipt time in the office's time zone, a
 * superseding version not counted again; {@code onTime} and {@code late} among those with a deadline; {@code ytd}
 * from January up to the month's end.
 */
public record LaporFigures(YearMonth month, long total, Map<String, Long> byType, long onTime, long late, long ytd) {
}
