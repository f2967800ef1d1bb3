package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The FAQ search understands Indonesian word forms, as the publication search does. */
class FaqIndexTest {

    static final FaqIndex INDEX = new FaqIndex(List.of(
            new FaqIndex.Entry(1, "Kapan DAU tahap II disalurkan?", "Penyaluran tahap II dilakukan pada bulan Mei.",
                    "Dana Alokasi Umum"),
            new FaqIndex.Entry(2, "Bagaimana menghitung retribusi parkir?", "Lihat ketentuan perpajakan daerah.",
                    "Pajak Daerah dan Retribusi Daerah"),
            new FaqIndex.Entry(3, "Siapa yang mengisi SIKD?", "Operator BPKAD.", "Aplikasi (SIKD dan lainnya)")));

    @Test
    void stemsIndonesian() {
        assertEquals(1L, INDEX.search("penyaluran DAU", 5).get(0));
        assertEquals(2L, INDEX.search("pajak", 5).get(0));
        assertEquals(List.of(3L), INDEX.search("sikd", 5));
        assertEquals(List.of(), INDEX.search("   ", 5));
        assertEquals(List.of(), INDEX.search("kunjungan", 5));
    }

    @Test
    void luceneSyntaxAndAThousandWordsAreOnlyWords() {
        String thousand = String.join(" ", java.util.Collections.nCopies(1000, "penyaluran dau pajak daerah")).substring(0, 20_000);
        assertEquals(1L, INDEX.search(thousand, 5).get(0), "the first words are searched");
        assertEquals(List.of(), INDEX.search("title:(a OR b) AND \\ \"unclosed [1 TO", 5));
        assertEquals(List.of(3L), INDEX.search("sikd~ AND +(", 5));
    }
}
