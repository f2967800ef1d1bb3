package id.djpk.portal.visit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The month's lists for the "Laporan Layanan Informasi DJPK": visits held (date, region, guests, topic,
 * breaches) and video conferences held (date, region, topic).
 */
public record MonthlyLists(YearMonth month, List<VisitRow> visits, List<ConferenceRow> videoConferences)
        implements Serializable {

    public record VisitRow(String code, LocalDate date, String region, String institution, int guestsArrived,
            int guestsAdmitted, boolean breach, String topics) implements Serializable {
    }

    public record ConferenceRow(String code, LocalDate date, String region, String institution, String topics)
            implements Serializable {
    }

    public long breaches() {
        return visits.stream().filter(VisitRow::breach).count();
    }
}
