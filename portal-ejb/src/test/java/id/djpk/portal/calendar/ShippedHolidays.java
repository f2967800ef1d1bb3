package id.djpk.portal.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/** The holidays the portal ships ({@code reference/holidays.csv}), for rules tested against real years. */
final class ShippedHolidays {

    private ShippedHolidays() {
    }

    static Set<LocalDate> dates() {
        var stream = ShippedHolidays.class.getClassLoader().getResourceAsStream("reference/holidays.csv");
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Set<LocalDate> dates = new HashSet<>();
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .forEach(r -> dates.add(LocalDate.parse(r.get("date"))));
            return dates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Working days as the portal starts with them, office hours as configured by default. */
    static WorkingDays workingDays() {
        return new WorkingDays(dates(), OfficeHours.DEFAULT);
    }

    /** The shipped holidays and a few more days off, for ranges the real calendar does not produce. */
    static WorkingDays workingDaysWith(LocalDate... extra) {
        Set<LocalDate> dates = dates();
        dates.addAll(List.of(extra));
        return new WorkingDays(dates, OfficeHours.DEFAULT);
    }
}
