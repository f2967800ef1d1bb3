package id.djpk.portal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicationIndexTest {

    PublicationIndex index;

    static PublicItem item(long id, PublicationType type, String title, Set<String> topics, RegulationMetadata m) {
        return new PublicItem(id, type, title, "slug-" + id, null, null, LocalDate.of(2023, 11, 6), null, null, topics, null,
                m, null, null, List.of(), null, null, null, null, null, List.of());
    }

    @BeforeEach
    void setUp() {
        index = new PublicationIndex();
        RegulationMetadata pdrd = new RegulationMetadata();
        pdrd.setAbbreviation("PMK");
        pdrd.setNumber("85");
        pdrd.setYear(2023);
        pdrd.setAbout("Tata Cara Pemungutan Pajak Daerah dan Retribusi Daerah");
        index.put(item(1, PublicationType.PEMBERITAHUAN, "Pedoman Pelaksanaan Penyaluran Transfer ke Daerah (TKD) pada Akhir Tahun Anggaran 2023",
                Set.of("TRANSFER"), null), List.of("Transfer ke Daerah (umum)"), null);
        index.put(item(2, PublicationType.PERATURAN, "PMK Nomor 85 Tahun 2023 tentang Tata Cara Pemungutan Pajak Daerah dan Retribusi Daerah",
                Set.of("PDRD"), pdrd), List.of("Pajak Daerah dan Retribusi Daerah"), null);
        index.put(item(3, PublicationType.BERITA, "Sosialisasi Aplikasi SIKD di daerah", Set.of(), null), List.of(),
                "Pajak kendaraan dibahas sekilas.");
        index.put(item(4, PublicationType.DATA, "Data Realisasi Belanja Fungsi 2022", Set.of(), null), List.of(),
                "Tabel realisasi penyaluran dana per daerah");
        index.refresh();
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    List<Long> ids(String q) {
        return index.search(q, null, null, null, 10).stream().map(PublicationIndex.Hit::id).toList();
    }

    @Test
    void theStemFindsTheDerivedWord() {
        assertEquals(1L, ids("salur").get(0));
        assertTrue(ids("salur").contains(4L), "text of attachments is searched too");
    }

    @Test
    void pajakDaerahRanksTheRegulationFirst() {
        assertEquals(2L, ids("pajak daerah").get(0));
    }

    @Test
    void filtersNarrowTheResults() {
        assertEquals(List.of(2L), index.search("daerah", PublicationType.PERATURAN, null, null, 10).stream().map(PublicationIndex.Hit::id).toList());
        assertEquals(List.of(2L), index.search("daerah", null, 2023, "PDRD", 10).stream().map(PublicationIndex.Hit::id).toList());
    }

    @Test
    void hitsTakeTheirCardsFromTheCallersCopyWhereItHasThem() {
        PublicItem renamed = item(2, PublicationType.PERATURAN, "PMK 85/2023 (judul dari salinan pemanggil)", Set.of("PDRD"), null);
        PublicationIndex.Result result = index.search("pajak daerah", null, null, null, 10, 0, 10, id -> id == 2 ? renamed : null);
        PublicationIndex.Hit regulation = result.hits().get(0);
        assertEquals(2L, regulation.id());
        assertEquals("PMK 85/2023 (judul dari salinan pemanggil)", regulation.title(), "from the caller's copy");
        PublicationIndex.Hit news = result.hits().stream().filter(h -> h.id() == 3).findFirst().orElseThrow();
        assertEquals("Sosialisasi Aplikasi SIKD di daerah", news.title(), "not in the copy: read from the index");
        assertEquals("slug-3", news.slug());
        assertEquals(PublicationType.BERITA, news.type());
        assertEquals(ids("pajak daerah"), result.hits().stream().map(PublicationIndex.Hit::id).toList(), "the same ranking");
    }

    @Test
    void removedItemsAreNotFound() {
        index.remove(2);
        index.refresh();
        assertTrue(!ids("pajak daerah").contains(2L));
        assertEquals(3, index.size());
    }

    @Test
    void syntaxInQueriesIsHarmless() {
        assertEquals(List.of(), ids("   "));
        assertTrue(ids("pajak AND (\"daerah").size() > 0);
        assertTrue(ids("S-146/PK/2023").size() >= 0);
    }

    @Test
    void luceneSyntaxAndAThousandWordsAreOnlyWords() {
        // 1.000 different words: without a bound, thousands of clauses (Lucene's TooManyClauses, a 500)
        StringBuilder words = new StringBuilder("pajak");
        for (int i = 0; i < 1000; i++) {
            words.append(" kata").append(i);
        }
        assertEquals(2L, ids(words.toString()).get(0));
        assertEquals(List.of(), ids("title:(a OR b) AND \\ \"unclosed [1 TO *] {x"));
        assertTrue(ids("pajak* AND -daerah~2 ^3 /regex/").contains(2L));
    }

    @Test
    void searchTextKeepsTheFirstWords() {
        id.djpk.portal.system.SearchText t = id.djpk.portal.system.SearchText.of("  a  b\tc ");
        assertEquals("a b c", t.text());
        assertEquals(false, t.shortened());
        id.djpk.portal.system.SearchText many = id.djpk.portal.system.SearchText.of("kata ".repeat(1000));
        assertEquals(id.djpk.portal.system.SearchText.MAX_WORDS, many.text().split(" ").length);
        assertTrue(many.shortened());
        assertTrue(id.djpk.portal.system.SearchText.of("x".repeat(5000)).text().length() <= id.djpk.portal.system.SearchText.MAX_CHARS);
    }
}
