package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketWordsTest {

    @Test
    void aChunkBetweenSpacesIsAWordAndSoIsEachRunOfLettersOrDigitsInIt() {
        assertEquals(List.of("tik-2026-000123", "tik", "2026", "000123", "rekonsiliasi", "dbh", "kadek", "ayu",
                "pemerintah", "kota", "bandung"), List.copyOf(TicketWords.of("TIK-2026-000123", "Rekonsiliasi DBH",
                "Kadek  Ayu", "Pemerintah Kota Bandung")));
    }

    @Test
    void lowerCaseWithoutAccentsOrPunctuationAroundAndEachWordOnce() {
        assertEquals(Set.of("bantul", "dana", "o'brien", "o", "brien", "bpkad"),
                TicketWords.of("Bantúl, DANA dana (O'Brien)", null, "  ", "BPKAD."));
        assertEquals(Set.of(), TicketWords.of(null, "", " -- ; "));
    }

    @Test
    void longWordsAreCutAndATermIsCutTheSameWay() {
        String long80 = "a".repeat(80);
        assertEquals(Set.of("a".repeat(TicketWords.MAX_LENGTH)), TicketWords.of(long80));
        assertEquals(List.of("a".repeat(TicketWords.MAX_LENGTH)), TicketWords.terms(long80));
    }

    @Test
    void termsAreTheChunksOfTheQueryInTheWordsForm() {
        assertEquals(List.of("tik-2026-0001", "bantul"), TicketWords.terms("  TIK-2026-0001   Bantúl, "));
        assertEquals(List.of("dana"), TicketWords.terms("dana DANA"), "each term once");
        assertEquals(List.of(), TicketWords.terms(" ,; "));
        assertEquals(List.of(), TicketWords.terms(null));
        assertEquals(TicketWords.MAX_TERMS, TicketWords.terms("a b c d e f g h i j k").size());
    }

    @Test
    void whatLikeReadsAsAWildcardOrEscapeSeparatesAsASpaceDoes() {
        assertEquals(Set.of("dana_desa".substring(0, 4), "desa", "50", "x"), TicketWords.of("DANA_DESA 50%x\\"));
        assertEquals(List.of("50", "x"), TicketWords.terms("50%_x\\"));
        assertEquals("band%", TicketWords.prefixPattern("band"));
        assertTrue(TicketWords.of("Kabupaten Sleman").stream().anyMatch(w -> w.startsWith("slem")));
    }
}
