package id.djpk.portal.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bot's dialogue, message by message, as DOMAIN.md §4 and issue #13 describe it. */
class ChatbotTest {

    static final Chatbot.Knowledge KB = new Chatbot.Knowledge() {
        @Override
        public List<Outgoing.Row> questions(int item) {
            return item == 1 ? List.of(new Outgoing.Row("kb:11", "Kapan DAU disalurkan?", null),
                    new Outgoing.Row("kb:12", "Berapa alokasi DBH?", null)) : List.of();
        }

        @Override
        public Optional<String> answer(String rowId) {
            return rowId.equals("kb:11") ? Optional.of("DAU disalurkan setiap bulan.") : Optional.empty();
        }
    };

    final Chatbot bot = new Chatbot(new RegionMatcher(ShippedRegions.ALL), KB);
    Chatbot.State state = Chatbot.State.fresh(null);
    Instant at = Instant.parse("2024-06-03T02:00:00Z");

    Chatbot.Turn say(String text) {
        return send(new Inbound("wamid." + at.getEpochSecond(), "6281", null, at, "text", text, null, null));
    }

    Chatbot.Turn choose(String id) {
        return send(new Inbound("wamid." + at.getEpochSecond(), "6281", null, at, "interactive", "x", id, null));
    }

    Chatbot.Turn send(Inbound in) {
        at = at.plusSeconds(30);
        Chatbot.Turn t = bot.next(state, in, "Agen akan membalas.");
        state = t.state();
        return t;
    }

    static String text(Chatbot.Turn t) {
        return String.join("\n---\n", t.replies().stream().map(Outgoing::transcript).toList());
    }

    @Test
    void oneAnswerAtATimeWithWrongFormatsAskedAgainThenTheMenuAndTheKnowledgeBase() {
        Chatbot.Turn t = say("Halo");
        assertTrue(text(t).contains("BERHENTI"), "the greeting says how to stop announcements");
        assertTrue(text(t).contains("Nama:"), "and shows the format");
        assertEquals(Identity.Field.NAME, state.asking());
        say("Siti Aminah");
        t = say("Atlantis");
        assertTrue(text(t).contains("tidak kami kenali"), text(t));
        assertEquals(Identity.Field.REGION, state.asking());
        t = say("Bandung");
        assertEquals(Chatbot.Stage.REGION_CHOICE, state.stage());
        Outgoing.ListMenu choice = assertInstanceOf(Outgoing.ListMenu.class, t.replies().get(0));
        assertTrue(choice.rows().stream().anyMatch(r -> r.id().equals("region:32.73")));
        choose("region:32.73");
        assertEquals("32.73", state.identity().regionCode());
        assertEquals(Identity.Field.INSTITUTION, state.asking());
        say("Bappeda");
        t = say("siti di bandung");
        assertTrue(text(t).contains("Format email belum benar"), text(t));
        say("siti@bandung.go.id");
        t = say("Kapan DAU Juni disalurkan?");
        assertEquals(Chatbot.Stage.MENU, state.stage());
        Outgoing.ListMenu menu = assertInstanceOf(Outgoing.ListMenu.class, t.replies().get(0));
        assertEquals(9, menu.rows().size());
        assertTrue(menu.rows().stream().allMatch(r -> r.title().length() <= 24), "the Cloud API's limit for row titles");

        t = say("1");
        assertEquals(Chatbot.Action.MENU_CHOSEN, t.action());
        assertEquals(1, t.menuItem());
        assertEquals(Chatbot.Stage.TOPIC, state.stage());
        t = say("1");
        assertTrue(text(t).startsWith("DAU disalurkan setiap bulan."), text(t));
        t = choose("kb:11");
        assertTrue(text(t).startsWith("DAU disalurkan"));
        t = say("7");
        assertTrue(text(t).contains("Pilih pertanyaan"), "only two questions under item 1");
        t = say("menu");
        assertEquals(Chatbot.Stage.MENU, state.stage());
        t = say("12");
        assertTrue(text(t).contains("1 sampai 9"));
    }

    @Test
    void theWholeIdentityInOneMessageGoesStraightToTheMenuAndNineHandsOver() {
        Chatbot.Turn t = say("Nama: Budi\nDaerah: Kab. Sintang\nInstansi: BPKAD\nEmail: budi@sintang.go.id\nPertanyaan: Apa itu DBH?");
        assertEquals(Chatbot.Stage.MENU, state.stage(), text(t));
        assertEquals("Apa itu DBH?", state.identity().question());
        t = choose("menu:9");
        assertEquals(Chatbot.Action.HAND_OVER, t.action());
        assertEquals(Chatbot.Stage.AGENT, state.stage());
        assertTrue(text(t).contains("Agen akan membalas."));
        t = say("Ini lampiran tambahan");
        assertEquals(Chatbot.Action.TO_AGENT, t.action(), "later messages join the ticket");
        assertEquals(List.of(), t.replies(), "the bot keeps quiet while an agent has the conversation");
        t = say("menu");
        assertEquals(Chatbot.Stage.MENU, state.stage());
    }

    @Test
    void aKnownContactIsNotAskedAgain() {
        Identity known = new Identity("Budi", "Kabupaten Sintang", "61.05", "BPKAD", "budi@sintang.go.id", "lama");
        state = Chatbot.State.fresh(known);
        Chatbot.Turn t = say("Selamat pagi");
        assertEquals(Chatbot.Stage.MENU, state.stage());
        assertTrue(text(t).contains("Selamat datang kembali, Budi"));
    }

    @Test
    void stopAndJoinAnnouncementsAndStatusLookupsWorkAtAnyPoint() {
        say("Halo");
        Chatbot.Turn t = say("BERHENTI");
        assertEquals(Chatbot.Action.CONSENT_OFF, t.action());
        assertEquals(Identity.Field.NAME, state.asking(), "the dialogue is where it was");
        assertEquals(Chatbot.Action.CONSENT_ON, say("ikut").action());
        t = say("Status TIK-2024-000123 kode 7KQ2-M9XD-4HNP-CW3R");
        assertEquals(Chatbot.Action.LOOKUP, t.action());
        assertEquals("TIK-2024-000123", t.reference());
        assertEquals("7KQ2-M9XD-4HNP-CW3R", t.code());
        t = say("ppid-2024-00012 7KQ2M9XD4HNPCW3R");
        assertEquals("PPID-2024-00012", t.reference());
        t = say("KJ-7QF3KX, kode akses: 7KQ2-M9XD-4HNP-CW3R");
        assertEquals("KJ-7QF3KX", t.reference());
    }

    @Test
    void anUnsupportedMessageIsSaidSo() {
        say("Halo");
        Chatbot.Turn t = send(new Inbound("wamid.s", "6281", null, at, "sticker", null, null, null));
        assertTrue(text(t).contains("belum dapat kami baca"));
    }
}
