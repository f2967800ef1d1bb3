package id.djpk.portal.ppid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "3273011508850001  | true  | man born 15 August 1985",
            "3273015508850002  | true  | woman: 40 added to the day",
            "3273017108850001  | true  | woman born on the 31st",
            "3273012902000003  | true  | 29 February (the year could be 2000)",
            "1173011508850001  | true  | Aceh, the lowest province code",
            "9473011508850001  | true  | Papua, the highest province code",
            "1073011508850001  | false | province code 10",
            "9573011508850001  | false | province code 95",
            "3273013002000003  | false | 30 February",
            "3273010008850001  | false | day 00",
            "3273013208850001  | false | day 32",
            "3273014008850001  | false | day 40 (0 for a woman)",
            "3273017208850001  | false | day 72 (32 for a woman)",
            "3273011513850001  | false | month 13",
            "3273011500850001  | false | month 00",
            "3273011508850000  | false | serial 0000",
            "327301150885001   | false | 15 digits",
            "32730115088500011 | false | 17 digits",
            "32730115O8850001  | false | a letter O for a zero",
            "'3273 0115 0885 0001' | false | with spaces",
            "''                | false | empty",
            "NULL              | false | missing"})
    void plausibility(String nik, boolean valid, String what) {
        assertEquals(valid, Nik.isValid(nik));
    }
}
