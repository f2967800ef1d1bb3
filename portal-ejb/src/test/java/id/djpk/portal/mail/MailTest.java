package id.djpk.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "ani@example.go.id | true",
            "a.b+c@sub.example.com | true",
            "ani@localhost | false",
            "ani example.com | false",
            "@example.com | false",
            "ani@@example.com | false",
            "'' | false",
            "NULL | false"})
    void plausibleAddresses(String address, boolean plausible) {
        assertEquals(plausible, Mail.plausibleAddress(address));
    }
}
