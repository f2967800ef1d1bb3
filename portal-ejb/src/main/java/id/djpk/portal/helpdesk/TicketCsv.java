package id.djpk.portal.helpdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the previous CRM's ticket export (UTF-8, comma, RFC 4180 quoting, a header row with {@link #COLUMNS})
 * into typed rows, or into a validation report naming line, column and reason. Every line is checked before
 * anything is stored, so a file with one bad line imports nothing.
 */
public final class TicketCsv {

    public static final List<String> COLUMNS = List.of("external_id", "created_at", "channel", "requester_name",
            "requester_email", "requester_phone", "category", "region_code", "institution", "topics", "subject", "agent",
            "first_response_at", "escalated_at", "l2_unit", "l2_answered_at", "closed_at", "rating_service",
            "rating_answer");

    /** The file read: valid rows when {@code errors} is empty. */
    public record Result(List<ImportRow> rows, List<ImportError> errors) {
    }

    private final Predicate<String> regionExists;
    private final Predicate<String> topicExists;
    private final Predicate<String> unitExists;

    public TicketCsv(Predicate<String> regionExists, Predicate<String> topicExists, Predicate<String> unitExists) {
        this.regionExists = regionExists;
        this.topicExists = topicExists;
        this.unitExists = unitExists;
    }

    public Result read(InputStream in) {
        List<ImportRow> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        // a file in another encoding is refused rather than imported with broken names
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(in, decoder);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).build().parse(reader)) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.replace("\uFEFF", "").trim()));
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    errors.add(ImportError.of(1, column, "helpdesk.import.columnMissing", column));
                }
            }
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                // the header is line 1; a line break inside a quoted field is rare in a CRM export
                int line = (int) record.getRecordNumber() + 1;
                ImportRow row = row(record, line, errors);
                if (row != null && !seen.add(row.externalId())) {
                    errors.add(ImportError.of(line, "external_id", "helpdesk.import.duplicateId", row.externalId()));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (CharacterCodingException e) {
            errors.add(ImportError.of(0, "", "helpdesk.import.notUtf8"));
        } catch (IOException | RuntimeException e) {
            // commons-csv reports broken quoting as an unchecked exception naming the line
            errors.add(ImportError.of(0, "", "helpdesk.import.unreadable", String.valueOf(e.getMessage())));
        }
        return new Result(errors.isEmpty() ? rows : List.of(), errors);
    }

    private ImportRow row(CSVRecord r, int line, List<ImportError> errors) {
        int before = errors.size();
        Fields f = new Fields(r, line, errors);
        String externalId = f.required("external_id", 120);
        Instant created = f.time("created_at", true);
        Channel channel = f.code("channel", Channel.class, true);
        String name = f.required("requester_name", Intake.NAME_MAX);
        String email = f.optional("requester_email", 200);
        if (email != null && !id.djpk.portal.mail.Mail.plausibleAddress(email)) {
            errors.add(ImportError.of(line, "requester_email", "helpdesk.emailInvalid"));
        }
        String phone = f.optional("requester_phone", 30);
        UserCategory category = f.code("category", UserCategory.class, false);
        String region = f.optional("region_code", 13);
        if (region != null && !regionExists.test(region)) {
            errors.add(ImportError.of(line, "region_code", "helpdesk.import.unknownRegion", region));
        }
        String institution = f.optional("institution", 300);
        Set<String> topics = new LinkedHashSet<>();
        String topicText = f.optional("topics", 1000);
        if (topicText != null) {
            for (String t : topicText.split(";")) {
                String code = t.trim();
                if (code.isEmpty()) {
                    continue;
                }
                if (topicExists.test(code)) {
                    topics.add(code);
                } else {
                    errors.add(ImportError.of(line, "topics", "helpdesk.import.unknownTopic", code));
                }
            }
        }
        String subject = f.required("subject", Intake.SUBJECT_MAX);
        String agent = f.optional("agent", 60);
        Instant firstResponse = f.time("first_response_at", false);
        Instant escalated = f.time("escalated_at", false);
        String unit = f.optional("l2_unit", 20);
        Instant l2Answered = f.time("l2_answered_at", false);
        Instant closed = f.time("closed_at", false);
        Integer service = f.rating("rating_service");
        Integer answer = f.rating("rating_answer");
        if (escalated != null && unit == null) {
            errors.add(ImportError.of(line, "l2_unit", "helpdesk.import.unitRequired"));
        }
        if (unit != null && !unitExists.test(unit)) {
            errors.add(ImportError.of(line, "l2_unit", "helpdesk.import.unknownUnit", unit));
        }
        if (unit != null && escalated == null) {
            errors.add(ImportError.of(line, "escalated_at", "helpdesk.import.escalationRequired"));
        }
        if (l2Answered != null && escalated == null) {
            errors.add(ImportError.of(line, "escalated_at", "helpdesk.import.escalationRequired"));
        }
        f.notBefore("first_response_at", firstResponse, created);
        f.notBefore("escalated_at", escalated, created);
        f.notBefore("l2_answered_at", l2Answered, escalated);
        f.notBefore("closed_at", closed, created);
        if (errors.size() > before) {
            return null;
        }
        return new ImportRow(line, externalId, created, channel, name, email, phone, category, region, institution,
                topics, subject, agent, firstResponse, escalated, unit, l2Answered, closed, service, answer);
    }

    /** Reads the fields of one record, adding a report line for each bad one. */
    private static final class Fields {
        private final CSVRecord r;
        private final int line;
        private final List<ImportError> errors;

        Fields(CSVRecord r, int line, List<ImportError> errors) {
            this.r = r;
            this.line = line;
            this.errors = errors;
        }

        String optional(String column, int max) {
            String v = r.isSet(column) ? r.get(column).trim() : "";
            if (v.isEmpty()) {
                return null;
            }
            if (v.length() > max) {
                errors.add(ImportError.of(line, column, "helpdesk.tooLong", max));
                return null;
            }
            return v;
        }

        String required(String column, int max) {
            String v = optional(column, max);
            if (v == null && (!r.isSet(column) || r.get(column).isBlank())) {
                errors.add(ImportError.of(line, column, "helpdesk.required"));
            }
            return v;
        }

        Instant time(String column, boolean required) {
            String v = required ? required(column, 40) : optional(column, 40);
            if (v == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(ImportError.of(line, column, "helpdesk.import.badTime", v));
                return null;
            }
        }

        <E extends Enum<E>> E code(String column, Class<E> type, boolean required) {
            String v = required ? required(column, 30) : optional(column, 30);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(ImportError.of(line, column, "helpdesk.import.badCode", v));
                return null;
            }
        }

        Integer rating(String column) {
            String v = optional(column, 5);
            if (v == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= 1 && n <= 5) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(ImportError.of(line, column, "helpdesk.import.badRating", v));
            return null;
        }

        void notBefore(String column, Instant value, Instant earliest) {
            if (value != null && earliest != null && value.isBefore(earliest)) {
                errors.add(ImportError.of(line, column, "helpdesk.import.timeOrder"));
            }
        }
    }
}
