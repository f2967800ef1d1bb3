package id.djpk.portal.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refusal lands on the form the way the page shows it: beside the fields in order, or at the top with its rule. */
class FormModelTest {

    @Test
    void fieldMessagesKeepTheirOrderAndTheFirstMessageOfAField() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("name", "Nama wajib diisi.");
        errors.put("email", "Email tidak sah.");
        errors.put("consent", "Persetujuan wajib.");
        FormModel form = new FormModel();
        form.set("name", "");
        form.refuse(Refusal.invalid(errors));
        form.addError("name", "a second message is not shown");
        assertEquals(List.of("name", "email", "consent"), List.copyOf(form.getErrors().keySet()));
        assertEquals("Nama wajib diisi.", form.error("name"));
        assertTrue(form.isInvalid());
        assertNull(form.getGeneral());
        assertEquals("", form.value("phone"), "a field never typed shows empty");
    }

    @Test
    void aRuleIsShownAtTheTopWithItsName() {
        FormModel form = new FormModel();
        form.refuse(Refusal.rule("QUOTA", "Kuota bulan ini telah habis."));
        assertEquals("Kuota bulan ini telah habis.", form.getGeneral());
        assertEquals("QUOTA", form.getRule());
        assertTrue(form.getErrors().isEmpty());
        assertTrue(form.isInvalid());
    }

    @Test
    void onlyRefusalsThePersonCanCorrectAskForTheFileAgain() {
        assertTrue(Refusal.invalid(Map.of("letter", "PDF saja.")).correctable());
        assertTrue(Refusal.rule("NOTICE", "Terlalu cepat.").correctable());
        assertFalse(Refusal.tooMany("Coba lagi satu jam lagi.").correctable());
        assertFalse(Refusal.refused("Tidak dapat diproses.").correctable());
        assertEquals(429, Refusal.tooMany("x").status());
        assertEquals(422, Refusal.rule("GUESTS", "x").status());
    }
}
