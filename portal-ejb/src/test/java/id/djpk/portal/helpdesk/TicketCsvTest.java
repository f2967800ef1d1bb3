package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the previous CRM's export: the exact columns, RFC 4180 quoting, and a report line per mistake. */
class TicketCsvTest {

    static final String HEADER = String.join(",", TicketCsv.COLUMNS);
    static final String GOOD = "CRM-1,2024-05-02T09:15:00+07:00,WHATSAPP,Siti Aminah,siti@example.go.id,0811-1111,PEMDA,"
            + "32.73,\"BPKAD Kota Bandung, Bidang Anggaran\",DAU;DBH,\"Penyaluran DAU \"\"tahap II\"\"\",agent,"
            + "2024-05-02T10:00:00+07:00,2024-05-02T10:05:00+07:00,DTU,2024-05-03T14:00:00+07:00,"
            + "2024-05-03T15:00:00+07:00,5,4";

    static final TicketCsv PARSER = new TicketCsv(Set.of("32.73", "91.71")::contains,
            Set.of("DAU", "DBH", "PDRD")::contains, Set.of("DTU", "DTK")::contains);

    static TicketCsv.Result read(String... lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        return PARSER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAGoodLineWithQuotedCommasAndQuotes() {
        TicketCsv.Result r = read(HEADER, GOOD,
                "CRM-2,2024-05-04T20:00:00+09:00,TELEPON,Yohanes,,0812-2222,,91.71,,,Tanya PDRD,,,,,,,,");
        assertEquals(List.of(), r.errors());
        ImportRow row = r.rows().get(0);
        assertEquals("CRM-1", row.externalId());
        assertEquals(Instant.parse("2024-05-02T02:15:00Z"), row.createdAt());
        assertEquals(Channel.WHATSAPP, row.channel());
        assertEquals(UserCategory.PEMDA, row.category());
        assertEquals("BPKAD Kota Bandung, Bidang Anggaran", row.institution());
        assertEquals("Penyaluran DAU \"tahap II\"", row.subject());
        assertEquals(Set.of("DAU", "DBH"), row.topics());
        assertEquals("DTU", row.l2Unit());
        assertEquals(5, row.ratingService());
        assertEquals(4, row.ratingAnswer());
        assertEquals(2, row.line());
        ImportRow second = r.rows().get(1);
        assertNull(second.email());
        assertNull(second.category());
        assertNull(second.escalatedAt());
        assertNull(second.ratingService());
        assertEquals(Set.of(), second.topics());
        assertEquals(3, second.line());
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "external_id       |                          | helpdesk.required",
            "created_at        | 2024-05-02 09:15         | helpdesk.import.badTime",
            "created_at        | 2024-05-02T09:15:00      | helpdesk.import.badTime",
            "channel           | FAX                      | helpdesk.import.badCode",
            "requester_name    |                          | helpdesk.required",
            "requester_email   | siti.example.go.id       | helpdesk.emailInvalid",
            "category          | PEMERINTAH               | helpdesk.import.badCode",
            "region_code       | 99.99                    | helpdesk.import.unknownRegion",
            "topics            | DAU;XYZ                  | helpdesk.import.unknownTopic",
            "subject           |                          | helpdesk.required",
            "l2_unit           | XYZ                      | helpdesk.import.unknownUnit",
            "l2_unit           |                          | helpdesk.import.unitRequired",
            "rating_service    | 6                        | helpdesk.import.badRating",
            "rating_answer     | baik                     | helpdesk.import.badRating",
            "closed_at         | 2024-05-01T15:00:00+07:00 | helpdesk.import.timeOrder",
            "l2_answered_at    | 2024-05-02T10:00:00+07:00 | helpdesk.import.timeOrder"})
    void reportsLineColumnAndReason(String column, String value, String key) {
        String[] fields = parse(GOOD);
        fields[TicketCsv.COLUMNS.indexOf(column)] = value == null ? "" : value;
        TicketCsv.Result r = read(HEADER, GOOD.replace("CRM-1", "CRM-0"), String.join(",", quoteAll(fields)));
        assertEquals(List.of(), r.rows(), "nothing of a bad file is kept");
        assertEquals(1, r.errors().size(), r.errors().toString());
        ImportError e = r.errors().get(0);
        assertEquals(3, e.line());
        assertEquals(column, e.column());
        assertEquals(key, e.key());
    }

    @Test
    void escalationTimeNeededForAnL2Answer() {
        String[] fields = parse(GOOD);
        fields[TicketCsv.COLUMNS.indexOf("escalated_at")] = "";
        fields[TicketCsv.COLUMNS.indexOf("l2_unit")] = "";
        TicketCsv.Result r = read(HEADER, String.join(",", quoteAll(fields)));
        assertEquals("helpdesk.import.escalationRequired", r.errors().get(0).key());
    }

    @Test
    void missingColumnAndDuplicateIds() {
        TicketCsv.Result missing = read(HEADER.replace(",rating_answer", ""), GOOD.substring(0, GOOD.lastIndexOf(',')));
        assertEquals(1, missing.errors().size());
        assertEquals("rating_answer", missing.errors().get(0).column());
        assertEquals(1, missing.errors().get(0).line());

        TicketCsv.Result twice = read(HEADER, GOOD, GOOD);
        assertEquals(List.of(ImportError.of(3, "external_id", "helpdesk.import.duplicateId", "CRM-1")), twice.errors());
    }

    @Test
    void columnsInAnyOrderAndABom() {
        List<String> reversed = new java.util.ArrayList<>(TicketCsv.COLUMNS);
        java.util.Collections.reverse(reversed);
        List<String> values = new java.util.ArrayList<>(List.of(quoteAll(parse(GOOD))));
        java.util.Collections.reverse(values);
        TicketCsv.Result r = read("\uFEFF" + String.join(",", reversed), String.join(",", values));
        assertEquals(List.of(), r.errors());
        assertEquals("CRM-1", r.rows().get(0).externalId());
    }

    @Test
    void refusesOtherEncodings() {
        byte[] latin1 = (HEADER + "\r\n" + GOOD.replace("Siti", "Sît")).getBytes(StandardCharsets.ISO_8859_1);
        TicketCsv.Result r = PARSER.read(new ByteArrayInputStream(latin1));
        assertTrue(r.rows().isEmpty());
        assertEquals("helpdesk.import.notUtf8", r.errors().get(0).key());
    }

    private static String[] parse(String line) {
        try {
            var record = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(line)).getRecords().get(0);
            return record.values();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] quoteAll(String[] fields) {
        String[] q = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            q[i] = "\"" + fields[i].replace("\"", "\"\"") + "\"";
        }
        return q;
    }
}
