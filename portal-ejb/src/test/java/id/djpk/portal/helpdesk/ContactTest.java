package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contacts are found again by e-mail or phone however they were typed. */
class ContactTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0811-150420-7      | 628111504207",
            "+62 811 1504 207   | 628111504207",
            "(021) 3509442      | 62213509442",
            "'   '              | ",
            "                   | "})
    void phone(String typed, String stored) {
        assertEquals(stored, Contact.normalizePhone(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"' Siti@Example.GO.id ' | siti@example.go.id", "'' | "})
    void email(String typed, String stored) {
        assertEquals(stored, Contact.normalizeEmail(typed));
    }
}
