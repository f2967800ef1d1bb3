package id.djpk.portal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The register's rules: how numbers compare, what a registration needs, which hashes count, who may download. */
class LetterTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    static Letter letter(Long publicationId) {
        Letter l = new Letter("  S-146/PK/2023 ", DAY, " Undangan ", " Seluruh daerah ", LetterSource.STAFF,
                Instant.parse("2026-11-23T02:00:00Z"), "desk");
        if (publicationId != null) {
            l.describe("Undangan", DAY, publicationId);
        }
        return l;
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "S-146/PK/2023       | S-146/PK/2023",
            "s-146/pk/2023       | S-146/PK/2023",
            "S-146 / PK / 2023   | S-146/PK/2023",
            "' s-146/PK/2023\t'  | S-146/PK/2023"})
    void numbersCompareWithoutCaseOrSpaces(String typed, String key) {
        assertEquals(key, Letter.key(typed));
    }

    @Test
    void noNumberIsAnEmptyKey() {
        assertEquals("", Letter.key(null));
    }

    @Test
    void aRegisteredLetterIsTrimmed() {
        Letter l = letter(null);
        assertEquals("S-146/PK/2023", l.getNumber());
        assertEquals("Undangan", l.getSubject());
        assertEquals("Seluruh daerah", l.getAddressee());
    }

    @Test
    void everyFieldIsRequiredAndNamed() {
        List<Violation> v = Letter.violations(" ", null, null, "");
        assertEquals(List.of("number", "date", "subject", "addressee"), v.stream().map(Violation::field).toList());
        assertEquals(List.of("letter.numberRequired", "letter.dateRequired", "letter.subjectRequired",
                "letter.addresseeRequired"), v.stream().map(Violation::key).toList());
        assertTrue(Letter.violations("S-1/PK/2026", DAY, "Undangan", "Pemda").isEmpty());
    }

    @Test
    void fieldsHaveTheirLengths() {
        String number = "S".repeat(Letter.NUMBER_MAX + 1);
        List<Violation> v = Letter.violations(number, DAY, "x".repeat(Letter.SUBJECT_MAX),
                "y".repeat(Letter.ADDRESSEE_MAX + 1));
        assertEquals(List.of("number", "addressee"), v.stream().map(Violation::field).toList());
        assertEquals("visit.tooLong", v.get(0).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "' E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855 ' | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85       | ",
            "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855      | ",
            "''                                                                   | "})
    void onlyA64DigitHexHashIsLookedUp(String typed, String kept) {
        assertEquals(kept, Letter.sha256(typed));
    }

    @Test
    void noHashNoLookUp() {
        assertNull(Letter.sha256(null));
    }

    @Test
    void aNoticeIsRegisteredUnderItsOwnDateElseTheOfficeDayItWasPublished() {
        Instant lateEvening = Instant.parse("2026-11-23T18:30:00Z"); // 01.30 WIB on the 24th
        Instant now = Instant.parse("2026-12-01T03:00:00Z");
        assertEquals(DAY, Letter.noticeDate(DAY, lateEvening, now, WIB));
        assertEquals(LocalDate.of(2026, 11, 24), Letter.noticeDate(null, lateEvening, now, WIB));
        assertEquals(LocalDate.of(2026, 12, 1), Letter.noticeDate(null, null, now, WIB));
    }

    @Test
    void thePublicDownloadsOnlyAPublicFileAndANoticesOnlyWhileTheNoticeIsVisible() {
        Letter noFile = letter(null);
        assertFalse(noFile.mayDownload(true), "nothing to download");
        noFile.file("und.pdf", "key", "abc", 10, true);
        assertTrue(noFile.mayDownload(false), "a register's own public file needs no publication");

        Letter internal = letter(null);
        internal.file("und.pdf", "key", "abc", 10, false);
        assertFalse(internal.isPublicFile());
        assertFalse(internal.mayDownload(true));

        Letter notice = letter(42L);
        notice.file("pemberitahuan.pdf", "key", "abc", 10, true);
        assertTrue(notice.mayDownload(true));
        assertFalse(notice.mayDownload(false), "a withdrawn notice's file is not offered");
    }
}
