package id.djpk.portal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2024, 5, 16);
    static final Set<String> TOPICS = Set.of("DAU", "PDRD");

    static PublicationDraft regulation() {
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.PERATURAN);
        d.setTitle("PMK Nomor 91 Tahun 2023 tentang Penggunaan Dana");
        d.setDocDate(LocalDate.of(2023, 9, 1));
        RegulationMetadata m = new RegulationMetadata();
        m.setKind("Peraturan Menteri Keuangan");
        m.setAbbreviation("PMK");
        m.setNumber("91");
        m.setYear(2023);
        m.setAbout("Penggunaan Dana");
        m.setDateEnacted(LocalDate.of(2023, 9, 1));
        d.setRegulation(m);
        return d;
    }

    static List<String> keys(PublicationDraft d) {
        return PublicationRules.validate(d, TOPICS, TODAY).stream().map(Violation::key).toList();
    }

    @Test
    void completeRegulationIsValid() {
        assertEquals(List.of(), keys(regulation()));
    }

    @Test
    void missingMetadataIsReportedFieldByField() {
        PublicationDraft d = regulation();
        d.setRegulation(new RegulationMetadata());
        assertEquals(List.of("regulation.kindRequired", "regulation.abbreviationRequired", "regulation.numberRequired",
                "regulation.yearRequired", "regulation.aboutRequired", "regulation.dateEnactedRequired"), keys(d));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>     | input.markupNotAllowed",
            "Judul <b>tebal</b>           | input.markupNotAllowed",
            "'   '                         | publication.titleRequired",
            "Pajak < 5% dan > 2%           | ''"})
    void titleRules(String title, String expected) {
        PublicationDraft d = regulation();
        d.setTitle(title);
        List<String> k = keys(d);
        if (expected == null || expected.isEmpty()) {
            assertEquals(List.of(), k);
        } else {
            assertEquals(List.of(expected), k);
        }
    }

    @Test
    void yearAndDatesMustAgree() {
        PublicationDraft d = regulation();
        d.getRegulation().setDateEnacted(LocalDate.of(2022, 12, 30));
        d.getRegulation().setDatePromulgated(LocalDate.of(2022, 12, 1));
        assertEquals(List.of("regulation.enactedYearMismatch", "regulation.promulgatedBeforeEnacted"), keys(d));
        d = regulation();
        d.getRegulation().setYear(1900);
        d.getRegulation().setDateEnacted(null);
        assertEquals(List.of("regulation.yearOutOfRange", "regulation.dateEnactedRequired"), keys(d));
    }

    @Test
    void unknownTopicAndBadLinkAreRefused() {
        PublicationDraft d = regulation();
        d.setTopics(Set.of("NOPE"));
        d.setRecordingUrl("javascript:alert(1)");
        assertEquals(List.of("publication.topicUnknown", "input.urlInvalid"), keys(d));
    }

    @ParameterizedTest
    @CsvSource({"S-146/PK/2023, true", "UND-82/PK.6/2024, true", "S-3/PK/PK.2/2021, true", "146/PK, false", "'', false"})
    void noticeNeedsALetterNumber(String number, boolean valid) {
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.PEMBERITAHUAN);
        d.setTitle("Pedoman Penyaluran TKD");
        d.setDocDate(TODAY);
        d.setLetterNumber(number);
        assertEquals(valid, keys(d).isEmpty(), () -> keys(d).toString());
    }

    @Test
    void eventNeedsKindAndStartBeforeEnd() {
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.KEGIATAN);
        d.setTitle("Webinar DAK Fisik");
        d.setDocDate(TODAY);
        assertEquals(List.of("publication.eventKindRequired", "publication.eventStartRequired"), keys(d));
        d.setEventKind(EventKind.WEBINAR);
        d.setEventStart(Instant.parse("2024-05-20T02:00:00Z"));
        d.setEventEnd(Instant.parse("2024-05-20T01:00:00Z"));
        assertEquals(List.of("publication.eventEndBeforeStart"), keys(d));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PMK Nomor 91 Tahun 2023            | pmk-nomor-91-tahun-2023",
            "S-146/PK/2023 tentang Pedoman TKD  | s-146-pk-2023-tentang-pedoman-tkd",
            "Évaluasi Dana — Desa!              | evaluasi-dana-desa",
            "<<>>                               | publikasi"})
    void slugs(String title, String slug) {
        assertEquals(slug, PublicationRules.slugOf(title));
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String slug = PublicationRules.slugOf("Rincian Alokasi Insentif Fiskal Kinerja Tahun Berjalan untuk Kelompok Kategori Kinerja dalam Rangka");
        assertTrue(slug.length() <= 80 && !slug.endsWith("-"), slug);
    }
}
