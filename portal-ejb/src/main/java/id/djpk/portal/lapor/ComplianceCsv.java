package id.djpk.portal.lapor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The compliance matrix as CSV (UTF-8, comma, RFC 4180 quoting, one header row of {@link #COLUMNS}); times in the
 * office's zone as {@code yyyy-MM-dd HH:mm}, states by their codes ({@code ON_TIME}, {@code LATE}, {@code RECEIVED},
 * {@code RETURNED}, {@code MISSING}) so that a spreadsheet can filter them in any language.
 */
public final class ComplianceCsv {

    public static final List<String> COLUMNS = List.of("report_type", "period", "deadline", "region_code", "region_name",
            "level", "province_code", "state", "receipt", "first_received_at", "reminded_at");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ComplianceCsv() {
    }

    public static String write(ComplianceMatrix m, ZoneId zone) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build().print(out)) {
            String deadline = m.deadline() == null ? "" : m.deadline().toString();
            for (ComplianceRow r : m.rows()) {
                csv.printRecord(m.typeCode(), m.period(), deadline, r.regionCode(), r.regionName(), r.level(), r.provinceCode(),
                        r.state().name(), nullToEmpty(r.receipt()), time(r.firstReceivedAt(), zone), time(r.remindedAt(), zone));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The file name a download gets: {@code kepatuhan-DAU-2024-05.csv}. */
    public static String fileName(ComplianceMatrix m) {
        return "kepatuhan-" + m.typeCode() + "-" + m.period() + ".csv";
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
