package id.djpk.portal.publication;

import id.djpk.portal.system.Violation;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Input rules for a publication, independent of the database (uniqueness is checked by the service). */
public final class PublicationRules {

    static final int TITLE_MAX = 500;
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9.\\-]{0,19}");
    private static final Pattern LETTER_NUMBER = Pattern.compile("[A-Z]{1,10}-\\d+[A-Za-z0-9./-]*");

    private PublicationRules() {
    }

    public static List<Violation> validate(PublicationDraft d, Set<String> knownTopics, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (d.getType() == null) {
            v.add(Violation.of("type", "publication.typeRequired"));
        }
        String title = d.getTitle();
        if (title == null || title.isBlank()) {
            v.add(Violation.of("title", "publication.titleRequired"));
        } else if (title.trim().length() > TITLE_MAX) {
            v.add(Violation.of("title", "publication.titleTooLong", TITLE_MAX));
        } else if (MARKUP.matcher(title).find()) {
            v.add(Violation.of("title", "input.markupNotAllowed"));
        }
        if (d.getSummary() != null && MARKUP.matcher(d.getSummary()).find()) {
            v.add(Violation.of("summary", "input.markupNotAllowed"));
        }
        if (d.getDocDate() == null) {
            v.add(Violation.of("docDate", "publication.dateRequired"));
        } else if (d.getDocDate().isAfter(today.plusYears(1))) {
            v.add(Violation.of("docDate", "publication.dateTooFar"));
        }
        for (String topic : d.getTopics()) {
            if (!knownTopics.contains(topic)) {
                v.add(Violation.of("topics", "publication.topicUnknown", topic));
            }
        }
        if (d.getRecordingUrl() != null && !d.getRecordingUrl().isBlank() && !isHttpUrl(d.getRecordingUrl())) {
            v.add(Violation.of("recordingUrl", "input.urlInvalid"));
        }
        if (d.getType() == PublicationType.PERATURAN) {
            validateRegulation(d, today, v);
        }
        if (d.getType() == PublicationType.PEMBERITAHUAN) {
            String n = d.getLetterNumber();
            if (n == null || n.isBlank()) {
                v.add(Violation.of("letterNumber", "publication.letterNumberRequired"));
            } else if (!LETTER_NUMBER.matcher(n.trim()).matches()) {
                v.add(Violation.of("letterNumber", "publication.letterNumberInvalid"));
            }
        }
        if (d.getType() == PublicationType.KEGIATAN) {
            if (d.getEventKind() == null) {
                v.add(Violation.of("eventKind", "publication.eventKindRequired"));
            }
            if (d.getEventStart() == null) {
                v.add(Violation.of("eventStart", "publication.eventStartRequired"));
            } else if (d.getEventEnd() != null && d.getEventEnd().isBefore(d.getEventStart())) {
                v.add(Violation.of("eventEnd", "publication.eventEndBeforeStart"));
            }
        }
        return v;
    }

    private static void validateRegulation(PublicationDraft d, LocalDate today, List<Violation> v) {
        RegulationMetadata m = d.getRegulation();
        if (m == null) {
            v.add(Violation.of("regulation.kind", "regulation.metadataRequired"));
            return;
        }
        if (isBlank(m.getKind())) {
            v.add(Violation.of("regulation.kind", "regulation.kindRequired"));
        }
        if (isBlank(m.getAbbreviation())) {
            v.add(Violation.of("regulation.abbreviation", "regulation.abbreviationRequired"));
        } else if (!ABBREVIATION.matcher(m.getAbbreviation().trim().toUpperCase()).matches()) {
            v.add(Violation.of("regulation.abbreviation", "regulation.abbreviationInvalid"));
        }
        if (isBlank(m.getNumber())) {
            v.add(Violation.of("regulation.number", "regulation.numberRequired"));
        } else if (m.getNumber().trim().length() > 40 || MARKUP.matcher(m.getNumber()).find()) {
            v.add(Violation.of("regulation.number", "regulation.numberInvalid"));
        }
        if (m.getYear() == null) {
            v.add(Violation.of("regulation.year", "regulation.yearRequired"));
        } else if (m.getYear() < 1945 || m.getYear() > today.getYear() + 1) {
            v.add(Violation.of("regulation.year", "regulation.yearOutOfRange", 1945, today.getYear() + 1));
        }
        if (isBlank(m.getAbout())) {
            v.add(Violation.of("regulation.about", "regulation.aboutRequired"));
        } else if (MARKUP.matcher(m.getAbout()).find()) {
            v.add(Violation.of("regulation.about", "input.markupNotAllowed"));
        }
        if (m.getDateEnacted() == null) {
            v.add(Violation.of("regulation.dateEnacted", "regulation.dateEnactedRequired"));
        } else {
            if (m.getYear() != null && m.getDateEnacted().getYear() != m.getYear()) {
                v.add(Violation.of("regulation.dateEnacted", "regulation.enactedYearMismatch", m.getYear()));
            }
            if (m.getDatePromulgated() != null && m.getDatePromulgated().isBefore(m.getDateEnacted())) {
                v.add(Violation.of("regulation.datePromulgated", "regulation.promulgatedBeforeEnacted"));
            }
        }
        if (d.getAmendsId() != null && d.getAmendsId().equals(d.getRevokesId())) {
            v.add(Violation.of("revokesId", "regulation.amendsAndRevokesSame"));
        }
    }

    static boolean isHttpUrl(String s) {
        try {
            URI uri = URI.create(s.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** URL-friendly name: "PMK Nomor 91 Tahun 2023" → "pmk-nomor-91-tahun-2023". */
    public static String slugOf(String title) {
        String s = java.text.Normalizer.normalize(title.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "publikasi" : s;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
