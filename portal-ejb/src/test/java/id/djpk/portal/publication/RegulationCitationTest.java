package id.djpk.portal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How a regulation is cited on the public site and in the APIs: no part said twice. */
class RegulationCitationTest {

    static RegulationMetadata regulation(String kind, String abbreviation, String number, Integer year) {
        RegulationMetadata r = new RegulationMetadata();
        r.setKind(kind);
        r.setAbbreviation(abbreviation);
        r.setNumber(number);
        r.setYear(year);
        return r;
    }

    @Test
    void aPlainNumberIsCitedWithItsYear() {
        assertEquals("PMK Nomor 91 Tahun 2023", regulation("Peraturan Menteri Keuangan", "PMK", "91", 2023).citation());
        assertEquals("PERPRES Nomor 123", regulation("Peraturan Presiden", "PERPRES", "123", null).citation());
    }

    @Test
    void aNumberThatCarriesItsYearGetsNoSecondYear() {
        assertEquals("PMK Nomor 206/PMK.07/2020",
                regulation("Peraturan Menteri Keuangan", "PMK", "206/PMK.07/2020", 2020).citation());
        assertEquals("KMK Nomor 12/KM.7/2024/05",
                regulation("Keputusan Menteri Keuangan", "KMK", "12/KM.7/2024/05", 2024).citation());
    }

    @Test
    void aNumberThatStartsWithTheAbbreviationIsCitedWithTheKind() {
        assertEquals("Surat Edaran Nomor SE-2/PK.1/2024",
                regulation("Surat Edaran", "SE", "SE-2/PK.1/2024", 2024).citation());
        assertEquals("SE-2/PK.1/2024", regulation(null, "SE", "se-2/PK.1/2024", 2024).citation().toUpperCase());
        assertEquals("KEP Nomor 5 Tahun 2023", regulation(null, "KEP", "5", 2023).citation());
    }

    @Test
    void withoutAbbreviationOrNumberThereIsNoCitation() {
        assertNull(regulation("Peraturan", null, "1", 2020).citation());
        assertNull(regulation("Peraturan", "PMK", null, 2020).citation());
    }
}
