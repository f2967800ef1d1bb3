package id.djpk.portal.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.reference.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The region a person types, found among the shipped regions. */
class RegionMatcherTest {

    final RegionMatcher matcher = new RegionMatcher(ShippedRegions.ALL);

    private List<String> codes(String typed) {
        return matcher.match(typed).stream().map(Region::getCode).toList();
    }

    @Test
    void theOfficesSpellingsOfOneRegencyAllResolve() {
        assertEquals(552, ShippedRegions.ALL.size());
        String sintang = codes("Kabupaten Sintang").get(0);
        for (String typed : List.of("Kab. Sintang", "kab sintang", "Kabupaten Sintang", "sintang", "SINTANG", "Pemkab Sintang",
                "  Kab.Sintang ")) {
            assertEquals(List.of(sintang), codes(typed), typed);
        }
    }

    @Test
    void aNameOfARegencyAndACityGivesTheChoiceUnlessTheLevelIsTyped() {
        List<Region> bandung = matcher.match("Bandung");
        assertTrue(bandung.size() >= 2, "the regency and the city (and West Bandung): " + bandung.size());
        assertTrue(bandung.stream().anyMatch(r -> r.getLevel() == Region.Level.KOTA));
        assertTrue(bandung.stream().anyMatch(r -> r.getLevel() == Region.Level.KABUPATEN));
        assertEquals(List.of("32.73"), codes("Kota Bandung"));
        assertEquals(List.of("32.73"), codes("pemkot bandung"));
        assertEquals(Region.Level.KABUPATEN, matcher.match("Kab. Bandung").get(0).getLevel());
        assertEquals(1, matcher.match("Kab. Bandung").size());
    }

    @Test
    void aProvinceByItsNameOrShortName() {
        assertEquals(List.of("32"), codes("Prov. Jawa Barat"));
        assertEquals(List.of("32"), codes("Provinsi Jawa Barat"));
        assertEquals(List.of("32"), codes("32"));
    }

    @Test
    void nothingForWhatIsNoRegion() {
        assertEquals(List.of(), codes("Atlantis"));
        assertEquals(List.of(), codes(""));
        assertEquals(List.of(), codes("kabupaten"));
        assertEquals(List.of(), codes(null));
    }
}
