package id.djpk.portal.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.document.StoredFile;
import id.djpk.portal.system.AccessCode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose visits use a region's monthly quota (SE-2/PK.1/2024 E.3.c.5): the quota is per Pemda and counts
 * face-to-face visits only, so a ministry, university or bank and every video conference book outside it.
 */
class VisitQuotaTest {

    @ParameterizedTest(name = "{0}, {1}: counts {2}")
    @CsvSource({
            "true,  TATAP_MUKA,       true",
            "true,  VIDEO_CONFERENCE, false",
            "false, TATAP_MUKA,       false",
            "false, VIDEO_CONFERENCE, false",
    })
    void onlyAPemdasFaceToFaceVisitCounts(boolean regionalGovernment, VisitMode mode, boolean counts) {
        VisitForm f = VisitFormTest.valid();
        f.setMode(mode);
        f.setRegionalGovernment(regionalGovernment);
        Visit visit = new Visit("KJ-7QF3KX", AccessCode.hash("abc-123"), f,
                new StoredFile("surat.pdf", "application/pdf", 1000, "ab12", "key", null),
                Instant.parse("2024-05-02T02:00:00Z"), LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
        assertEquals(regionalGovernment, visit.isRegionalGovernment());
        assertEquals(counts, visit.countsAgainstQuota());
    }
}
