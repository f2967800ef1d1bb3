package id.djpk.portal.lapor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.lapor.ComplianceState.Sent;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A region's state in the compliance matrix, the matrix's counts and its CSV, and whom a reminder goes to. */
class ComplianceTest {

    static final Instant MAY_8 = Instant.parse("2024-05-08T03:00:00Z");
    static final Instant JUNE_20 = Instant.parse("2024-06-20T03:00:00Z");

    @Test
    void nothingSentIsMissing() {
        assertEquals(ComplianceState.MISSING, ComplianceState.of(List.of()));
        assertTrue(ComplianceState.MISSING.owed());
        assertTrue(ComplianceState.RETURNED.owed());
        assertFalse(ComplianceState.LATE.owed());
    }

    @Test
    void timelinessOfTheFirstSubmissionStateOfTheVersionInForce() {
        assertEquals(ComplianceState.ON_TIME, ComplianceState.of(List.of(new Sent("A", MAY_8, true, LaporStatus.ACCEPTED))));
        assertEquals(ComplianceState.LATE, ComplianceState.of(List.of(new Sent("A", JUNE_20, false, LaporStatus.IN_REVIEW))));
        assertEquals(ComplianceState.RECEIVED, ComplianceState.of(List.of(new Sent("A", MAY_8, null, LaporStatus.RECEIVED))));
        // sent on time, then a newer version after the deadline: the region did report on time
        List<Sent> twice = List.of(new Sent("B", JUNE_20, false, LaporStatus.RECEIVED), new Sent("A", MAY_8, true, LaporStatus.SUPERSEDED));
        assertEquals(ComplianceState.ON_TIME, ComplianceState.of(twice));
        assertEquals("B", ComplianceState.inForce(twice).receipt());
        // the version in force was returned: a correction is awaited, whatever its timeliness
        assertEquals(ComplianceState.RETURNED, ComplianceState.of(List.of(new Sent("A", MAY_8, true, LaporStatus.SUPERSEDED),
                new Sent("B", JUNE_20, false, LaporStatus.RETURNED))));
        // an earlier version returned, the newer one received: no longer returned
        assertEquals(ComplianceState.LATE, ComplianceState.of(List.of(new Sent("A", JUNE_20, false, LaporStatus.SUPERSEDED),
                new Sent("B", JUNE_20.plusSeconds(60), false, LaporStatus.RECEIVED))));
    }

    static ComplianceMatrix matrix(LocalDate deadline, LocalDate asOf) {
        return new ComplianceMatrix("DAU", "Laporan Syarat Penyaluran DAU", "DTU", "2024-05", deadline, asOf, List.of(
                new ComplianceRow("61", "Kalimantan Barat", "PROVINSI", "61", ComplianceState.MISSING, null, null, JUNE_20),
                new ComplianceRow("61.05", "Kabupaten Sintang", "KABUPATEN", "61", ComplianceState.ON_TIME, "LPR-2024-000001", MAY_8, null),
                new ComplianceRow("61.71", "Kota Pontianak, \"Khatulistiwa\"", "KOTA", "61", ComplianceState.LATE, "LPR-2024-000002", JUNE_20, null)));
    }

    @Test
    void countsEveryStateAndTheDeadline() {
        ComplianceMatrix m = matrix(LocalDate.parse("2024-06-10"), LocalDate.parse("2024-06-11"));
        Map<ComplianceState, Long> counts = m.counts();
        assertEquals(5, counts.size(), "every state, zero included");
        assertEquals(1L, counts.get(ComplianceState.MISSING));
        assertEquals(1L, counts.get(ComplianceState.ON_TIME));
        assertEquals(0L, counts.get(ComplianceState.RETURNED));
        assertEquals(2, m.received());
        assertTrue(m.deadlinePassed());
        assertFalse(matrix(LocalDate.parse("2024-06-10"), LocalDate.parse("2024-06-10")).deadlinePassed(), "the day itself is in time");
        assertFalse(matrix(null, LocalDate.parse("2030-01-01")).deadlinePassed(), "no deadline never passes");
    }

    @Test
    void csvHasOneRowPerRegionWithCodesAndOfficeTimes() throws Exception {
        String csv = ComplianceCsv.write(matrix(LocalDate.parse("2024-06-10"), LocalDate.parse("2024-06-11")), ZoneId.of("Asia/Jakarta"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(3, rows.size());
        assertEquals(ComplianceCsv.COLUMNS, rows.get(0).getParser().getHeaderNames());
        assertEquals("MISSING", rows.get(0).get("state"));
        assertEquals("", rows.get(0).get("receipt"));
        assertEquals("2024-06-20 10:00", rows.get(0).get("reminded_at"), "office time");
        assertEquals("2024-05-08 10:00", rows.get(1).get("first_received_at"));
        assertEquals("Kota Pontianak, \"Khatulistiwa\"", rows.get(2).get("region_name"), "quoted, read back whole");
        assertEquals("2024-06-10", rows.get(2).get("deadline"));
        assertEquals("kepatuhan-DAU-2024-05.csv", ComplianceCsv.fileName(matrix(null, LocalDate.now())));
    }

    @Test
    void remindersGoToTheAddressesThatSentThisTypeFirst() {
        List<String> known = List.of("IKD|ikd@sintangkab.go.id", "DAU|bpkad@sintangkab.go.id", "DAU|not-an-address",
                "APBD|keuangan@sintangkab.go.id", "DAU|BPKAD@sintangkab.go.id", "IKD|lain@sintangkab.go.id");
        assertEquals(List.of("bpkad@sintangkab.go.id", "ikd@sintangkab.go.id", "keuangan@sintangkab.go.id"),
                LaporReminders.pick(known, "DAU"), "same type first, one address once whatever its case, at most three");
        assertEquals(List.of(), LaporReminders.pick(List.of(), "DAU"));
        assertEquals("Provinsi Kalimantan Barat", LaporReminders.addressee(matrix(null, LocalDate.now()).rows().get(0)));
        assertEquals("Kabupaten Sintang", LaporReminders.addressee(matrix(null, LocalDate.now()).rows().get(1)));
    }
}
