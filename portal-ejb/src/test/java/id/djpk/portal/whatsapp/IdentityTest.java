package id.djpk.portal.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The office's identity format: labelled lines in any case and order, or one answer at a time. */
class IdentityTest {

    @Test
    void labelledLinesInAnyCaseAndOrderWithAQuestionOverSeveralLines() {
        String text = "EMAIL: siti@sintang.go.id\nnama : Siti Aminah\n*Instansi/SKPD*: BPKAD\nDaerah:Kab. Sintang\n"
                + "Pertanyaan: Kapan DAU Juni disalurkan?\nTerima kasih.";
        assertTrue(Identity.labelled(text));
        Identity id = Identity.EMPTY.withLabelled(text);
        assertEquals("Siti Aminah", id.name());
        assertEquals("Kab. Sintang", id.region());
        assertEquals("BPKAD", id.institution());
        assertEquals("siti@sintang.go.id", id.email());
        assertEquals("Kapan DAU Juni disalurkan?\nTerima kasih.", id.question());
        assertEquals(Identity.Field.REGION, id.missing(), "the region still has to be found among the regions");
        assertNull(id.resolved("61.05", "Kabupaten Sintang").missing());
    }

    @Test
    void plainTextIsNoFormat() {
        assertFalse(Identity.labelled("Halo, selamat pagi"));
        assertFalse(Identity.labelled("Jam 10:30 bisa?"), "a time is not a label");
    }

    @Test
    void theFirstMissingOrBadFieldInAskingOrder() {
        Identity id = Identity.EMPTY.with(Identity.Field.NAME, "Budi");
        assertEquals(Identity.Field.REGION, id.missing());
        id = id.resolved("32.73", "Kota Bandung").with(Identity.Field.INSTITUTION, "Bappeda");
        assertEquals(Identity.Field.EMAIL, id.missing());
        id = id.with(Identity.Field.EMAIL, "budi at bandung");
        assertEquals(Identity.Field.EMAIL, id.missing(), "an address without @ is asked again");
        id = id.with(Identity.Field.EMAIL, "budi@bandung.go.id").with(Identity.Field.QUESTION, "  ");
        assertEquals(Identity.Field.QUESTION, id.missing());
        assertTrue(id.with(Identity.Field.QUESTION, "Apa itu DBH?").complete());
    }
}
