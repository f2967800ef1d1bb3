package id.djpk.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationRules;
import id.djpk.portal.publication.PublicationType;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** The demo publications come from the seed reports and must pass the publisher's own rules. */
class DemoDataTest {

    @Test
    void everyDemoPublicationIsValid() throws Exception {
        Set<String> topics = new HashSet<>();
        try (var reader = new InputStreamReader(getClass().getResourceAsStream("/reference/topics.csv"), StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).forEach(r -> topics.add(r.get("code")));
        }
        List<PublicationDraft> drafts = DemoData.publications();
        assertTrue(drafts.size() >= 50, "the seeds list some fifty items");
        for (PublicationDraft d : drafts) {
            assertEquals(List.of(), PublicationRules.validate(d, topics, LocalDate.of(2026, 1, 1)), d.getTitle());
        }
        assertTrue(drafts.stream().anyMatch(d -> d.getType() == PublicationType.PERATURAN
                && "400".equals(d.getRegulation().getNumber()) && d.getRegulation().getYear() == 2023), "KMK 400/2023");
        assertTrue(drafts.stream().anyMatch(d -> "S-146/PK/2023".equals(d.getLetterNumber())));
        assertTrue(drafts.stream().filter(d -> d.getType() == PublicationType.KEGIATAN).count() >= 10);
    }

    @Test
    void oneAccountPerRole() {
        assertEquals(id.djpk.portal.identity.Role.values().length, DemoData.ACCOUNTS.size());
        assertEquals(id.djpk.portal.identity.Role.values().length,
                DemoData.ACCOUNTS.stream().flatMap(a -> a.roles().stream()).distinct().count());
    }
}
