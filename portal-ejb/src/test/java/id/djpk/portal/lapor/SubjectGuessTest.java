package id.djpk.portal.lapor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.document.FileKind;
import id.djpk.portal.whatsapp.RegionMatcher;
import id.djpk.portal.whatsapp.ShippedRegions;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a report sent by e-mail is probably about, from subjects as the regions write them. */
class SubjectGuessTest {

    /** The shipped types of V32 (code, name, period kind). */
    static final List<LaporType> TYPES = List.of(
            type("DAU", "Laporan Syarat Penyaluran DAU", PeriodKind.MONTHLY),
            type("DBH", "Laporan Syarat Penyaluran DBH", PeriodKind.QUARTERLY),
            type("DAK_NF", "Laporan Syarat Penyaluran DAK Non Fisik", PeriodKind.QUARTERLY),
            type("APBD", "Laporan APBD", PeriodKind.YEARLY),
            type("PERDA", "Perda/Perkada APBD", PeriodKind.YEARLY),
            type("IKD", "Informasi Keuangan Daerah", PeriodKind.MONTHLY),
            type("INSENTIF", "Laporan Insentif Fiskal", PeriodKind.YEARLY),
            type("PDRD", "Laporan Perda Pajak Daerah dan Retribusi Daerah", PeriodKind.ONCE),
            type("PINJAMAN", "Laporan Posisi Kumulatif Pinjaman Daerah", PeriodKind.SEMESTER));

    static final SubjectGuess GUESS = new SubjectGuess(TYPES, new RegionMatcher(ShippedRegions.ALL));

    static LaporType type(String code, String name, PeriodKind kind) {
        LaporType t = new LaporType(code);
        t.set(name, "DTU", kind, null, new AcceptedFiles(EnumSet.of(FileKind.PDF), 50), "LAINNYA");
        return t;
    }

    static SubjectGuess.Guess guess(String subject) {
        return GUESS.guess(subject, "operator@gmail.com", List.of());
    }

    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Laporan DAU Mei 2024 Kab. Sintang                        | DAU      | 2024-05 | 61.05",
        "Laporan Syarat Penyaluran DAU bulan Juni 2024 Kabupaten Sintang | DAU | 2024-06 | 61.05",
        "LAPORAN DAU MEI 2024 KAB SINTANG                         | DAU      | 2024-05 | 61.05",
        "Fwd: Laporan DAU Kab.Sintang Mei 2024                    | DAU      | 2024-05 | 61.05",
        "Laporan DAU 2024-05 Kota Denpasar                        | DAU      | 2024-05 | 51.71",
        "Syarat salur DAU Agustus Tahun 2024 Pemerintah Kota Denpasar | DAU  | 2024-08 | 51.71",
        "Laporan DBH Triwulan II 2024 Provinsi Bali               | DBH      | 2024-Q2 | 51",
        "Laporan DBH TW 2 2024 Prov. Bali                         | DBH      | 2024-Q2 | 51",
        "DBH TW II Tahun 2024 - Pemprov Bali                      | DBH      | 2024-Q2 | 51",
        "Laporan DAK Non Fisik Triwulan III 2024 Kab. Kubu Raya   | DAK_NF   | 2024-Q3 | 61.12",
        "DAK_NF 2024-Q1 Kota Bandung                              | DAK_NF   | 2024-Q1 | 32.73",
        "Laporan Posisi Pinjaman Daerah Semester I 2024 Kab. Bandung | PINJAMAN | 2024-S1 | 32.04",
        "Pinjaman Daerah Smt 2 2023 Kabupaten Bandung Barat       | PINJAMAN | 2023-S2 | 32.17",
        "Laporan APBD 2024 Kota Denpasar                          | APBD     | 2024    | 51.71",
        "Perda APBD TA 2025 Kab. Sintang                          | PERDA    | 2025    | 61.05",
        "Perda PDRD 2024 Kota Denpasar                            | PDRD     | 2024    | 51.71",
        "Informasi Keuangan Daerah Maret 2024                     | IKD      | 2024-03 |",
        "IKD Des 2023 Kab Sintang                                 | IKD      | 2023-12 | 61.05",
        "Laporan Insentif Fiskal 2023 Provinsi Bali               | INSENTIF | 2023    | 51",
        "Laporan DAU Triwulan II 2024                             | DAU      |         |",
        "Laporan DBH Mei 2024                                     | DBH      |         |",
        "Laporan Mei 2024 Kab. Sintang                            |          | 2024-05 | 61.05",
        "Laporan Semester I 2024                                  |          | 2024-S1 |",
        "Laporan syarat penyaluran Juni 2024                      |          | 2024-06 |",
        "Kab. Bandung Laporan DAU April 2024                      | DAU      | 2024-04 | 32.04",
        "Kota Bandung DAU April 2024                              | DAU      | 2024-04 | 32.73",
        "Laporan DAU Mei 2024 Bandung                             | DAU      | 2024-05 |",
        "Mohon info jadwal penyaluran                             |          |         |",
        "(tanpa subjek)                                           |          |         |",
        "Re: kabar baik dari kota kami                            |          |         |",
        "Laporan DAU Mei 1999                                     | DAU      |         |",
    })
    void subjectsAsRegionsWriteThem(String subject, String type, String period, String region) {
        SubjectGuess.Guess g = guess(subject);
        assertEquals(new SubjectGuess.Guess(orNull(type), orNull(period), orNull(region)), g, subject);
    }

    @Test
    void theSendersDomainNamesTheRegionWhenTheSubjectDoesNot() {
        assertEquals("61.05", GUESS.guess("Laporan DAU Mei 2024", "bpkad@sintangkab.go.id", List.of()).regionCode());
        assertEquals("61.12", GUESS.guess("Laporan DAU Mei 2024", "keuangan@kuburayakab.go.id", List.of()).regionCode());
        assertEquals("51.71", GUESS.guess("Laporan DAU Mei 2024", "bpkad@mail.denpasarkota.go.id", List.of()).regionCode());
        assertEquals("51", GUESS.guess("Laporan DBH", "bpkad@baliprov.go.id", List.of()).regionCode());
        assertEquals("32.73", GUESS.guess("Laporan DAU Kota Bandung", "bpkad@sintangkab.go.id", List.of()).regionCode(),
                "the subject first");
        assertEquals(null, GUESS.guess("Laporan DAU", "bpkad@jabarprov.go.id", List.of()).regionCode(), "an abbreviation");
        assertEquals(null, GUESS.guess("Laporan DAU", "bpkad.sintang@gmail.com", List.of()).regionCode());
        assertEquals(null, GUESS.guess("Laporan DAU", null, null).regionCode());
    }

    @Test
    void theFilesNamesHelpWhenTheSubjectSaysLittle() {
        SubjectGuess.Guess g = GUESS.guess("Laporan", "bpkad@sintangkab.go.id",
                List.of("surat-pengantar.docx", "Laporan_DAU_Mei_2024.pdf"));
        assertEquals(new SubjectGuess.Guess("DAU", "2024-05", "61.05"), g);
        SubjectGuess.Guess fromSubject = GUESS.guess("Laporan DBH TW 1 2024", null, List.of("DAU_Mei_2024.pdf"));
        assertEquals("DBH", fromSubject.typeCode(), "the subject before the files");
        assertEquals("2024-Q1", fromSubject.period());
    }

    @Test
    void withoutATypeTheMostPrecisePeriodWritten() {
        assertEquals("2024-05", SubjectGuess.period("Mei 2024", null));
        assertEquals("2024-Q2", SubjectGuess.period("TW II 2024", null));
        assertEquals("2024-Q4", SubjectGuess.period("Q4 2024", null));
        assertEquals("2024-S2", SubjectGuess.period("Semester II 2024", null));
        assertEquals("2024", SubjectGuess.period("Tahun Anggaran 2024", null));
        assertEquals("2024", SubjectGuess.period("Mei 2024", PeriodKind.YEARLY), "a yearly report: the year");
        assertEquals(null, SubjectGuess.period("Mei", null));
        assertEquals(null, SubjectGuess.period("nomor 12 tanggal 3", null));
        assertEquals(null, SubjectGuess.period(null, null));
    }

    @Test
    void aTieGuessesNoType() {
        assertEquals(null, guess("Laporan DAU dan DBH Mei 2024").typeCode(), "two types as likely");
    }

    @Test
    void anOfficesNameIsTheInstitutionAPersonsIsNot() {
        assertEquals("BPKAD Kab. Sintang", SubjectGuess.institution(" BPKAD Kab. Sintang "));
        assertEquals("Badan Keuangan Daerah Kota Denpasar", SubjectGuess.institution("Badan Keuangan Daerah Kota Denpasar"));
        assertEquals(null, SubjectGuess.institution("Rina Marlina"));
        assertEquals(null, SubjectGuess.institution(null));
    }
}
