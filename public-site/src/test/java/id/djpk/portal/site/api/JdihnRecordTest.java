package id.djpk.portal.site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.publication.LegalStatus;
import id.djpk.portal.publication.PublicFile;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.RegulationMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JdihnRecordTest {

    private static final String BASE = "https://djpk.kemenkeu.go.id";

    static RegulationMetadata metadata() {
        RegulationMetadata m = new RegulationMetadata();
        m.setKind("Peraturan Menteri Keuangan");
        m.setAbbreviation("PMK");
        m.setNumber("206/PMK.07/2020");
        m.setYear(2020);
        m.setAbout("Penggunaan, Pemantauan, dan Evaluasi DBH CHT");
        m.setPlaceEnacted("Jakarta");
        m.setDateEnacted(LocalDate.of(2020, 12, 21));
        m.setDatePromulgated(LocalDate.of(2021, 1, 4));
        m.setSource("BN 2020 (1502)");
        m.setSubject("DANA BAGI HASIL - CUKAI HASIL TEMBAKAU");
        m.setStatus(LegalStatus.DIUBAH);
        m.setLanguage("Bahasa Indonesia");
        m.setIssuingBody("Indonesia, Kementerian Keuangan");
        m.setLegalField("Keuangan Negara");
        m.setAbstractText("Mengatur penggunaan DBH CHT.");
        return m;
    }

    static PublicItem regulation(RegulationMetadata m, List<PublicFile> files) {
        return new PublicItem(42, PublicationType.PERATURAN, "PMK Nomor 206/PMK.07/2020", "pmk-nomor-206-pmk-07-2020",
                "Ringkasan", null, LocalDate.of(2021, 1, 4), Instant.parse("2021-01-04T02:00:00Z"),
                Instant.parse("2021-01-04T02:00:00Z"), Set.of("DBH"), null,
                m, null, null, List.of(), null, null, null, null, null, files);
    }

    @Test
    void hasExactlyTheContractKeysInOrder() {
        Map<String, String> r = JdihnRecord.of(regulation(metadata(), List.of()), BASE);
        assertEquals(List.of("idData", "judul", "jenis", "singkatanJenis", "noPeraturan", "tahun_pengundangan",
                "tanggal_pengundangan", "tanggal_penetapan", "sumber", "subjek", "status", "bahasa", "teuBadan",
                "bidangHukum", "urlDownload", "fileDownload", "urlDetailPeraturan", "abstrak"), new ArrayList<>(r.keySet()));
        assertEquals(JdihnRecord.KEYS, new ArrayList<>(r.keySet()));
    }

    @Test
    void mapsTheLegalMetadata() {
        Map<String, String> r = JdihnRecord.of(regulation(metadata(), List.of()), BASE);
        assertEquals("42", r.get("idData"));
        assertEquals("PMK Nomor 206/PMK.07/2020", r.get("judul"));
        assertEquals("Peraturan Menteri Keuangan", r.get("jenis"));
        assertEquals("PMK", r.get("singkatanJenis"));
        assertEquals("206/PMK.07/2020", r.get("noPeraturan"));
        assertEquals("2021", r.get("tahun_pengundangan"));
        assertEquals("2021-01-04", r.get("tanggal_pengundangan"));
        assertEquals("2020-12-21", r.get("tanggal_penetapan"));
        assertEquals("Diubah", r.get("status"));
        assertEquals("Indonesia, Kementerian Keuangan", r.get("teuBadan"));
        assertEquals("Keuangan Negara", r.get("bidangHukum"));
        assertEquals(BASE + "/publikasi/pmk-nomor-206-pmk-07-2020", r.get("urlDetailPeraturan"));
        assertEquals("Mengatur penggunaan DBH CHT.", r.get("abstrak"));
        assertEquals("", r.get("urlDownload"));
        assertEquals("", r.get("fileDownload"));
    }

    @Test
    void downloadIsTheFirstPdf() {
        List<PublicFile> files = List.of(
                new PublicFile(7, "Lampiran.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 10, "a"),
                new PublicFile(8, "PMK 206 2020.pdf", "application/pdf", 20, "b"),
                new PublicFile(9, "Salinan.pdf", "application/pdf", 30, "c"));
        Map<String, String> r = JdihnRecord.of(regulation(metadata(), files), BASE);
        assertEquals(BASE + "/berkas/8/PMK%20206%202020.pdf", r.get("urlDownload"));
        assertEquals("PMK 206 2020.pdf", r.get("fileDownload"));
    }

    @Test
    void yearFallsBackToTheRegulationYearAndUnknownValuesAreEmpty() {
        RegulationMetadata m = new RegulationMetadata();
        m.setYear(2019);
        m.setStatus(LegalStatus.BERLAKU);
        Map<String, String> r = JdihnRecord.of(regulation(m, List.of()), BASE);
        assertEquals("2019", r.get("tahun_pengundangan"));
        assertEquals("", r.get("tanggal_pengundangan"));
        assertEquals("", r.get("sumber"));
        assertEquals("Berlaku", r.get("status"));
        assertTrue(r.values().stream().allMatch(v -> v != null));
    }
}
