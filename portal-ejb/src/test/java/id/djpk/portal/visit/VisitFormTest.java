package id.djpk.portal.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The booking form's own rules: what is missing or malformed, each beside its field by the API's name. */
class VisitFormTest {

    static VisitForm valid() {
        VisitForm f = new VisitForm();
        f.setInstitution("Pemerintah Kabupaten Bogor");
        f.setRegionCode("32.01");
        f.setContactName("Siti Aminah");
        f.setEmail("siti@bogorkab.go.id");
        f.setPhone("0812-3456-7890");
        f.setMode(VisitMode.TATAP_MUKA);
        f.setTopics("DAU;DBH");
        f.setLetterNumber("005/123/Bappeda");
        f.setLetterDate("2024-05-02");
        f.setGuests(List.of(new GuestEntry("Budi", "Kepala Bappeda", false)));
        f.setPreferredDates("2024-05-13;2024-05-14");
        return f;
    }

    static List<String> keys(VisitForm f) {
        return f.violations().stream().map(v -> v.field() + ":" + v.key()).toList();
    }

    @Test
    void aCompleteFormHasNoViolations() {
        assertEquals(List.of(), valid().violations());
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        VisitForm f = new VisitForm();
        assertEquals(List.of("institution:visit.required", "region_code:visit.required", "contact_name:visit.required",
                "email:visit.required", "phone:visit.required", "mode:visit.modeRequired", "topics:visit.required",
                "letter_number:visit.required", "letter_date:visit.required"), keys(f));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "email           | siti@bogorkab     | email:visit.emailInvalid",
            "email           | siti bogor@x.id   | email:visit.emailInvalid",
            "phone           | 12345             | phone:visit.phoneInvalid",
            "phone           | 0812-abc-7890     | phone:visit.phoneInvalid",
            "phone           | +62 812 3456 7890 1234 | phone:visit.phoneInvalid",
            "letter_date     | 02-05-2024        | letter_date:visit.dateInvalid",
            "letter_date     | 2024-02-30        | letter_date:visit.dateInvalid",
            "preferred_dates | 2024-05-13;besok  | preferred_dates:visit.dateInvalid",
            "preferred_dates | 2024-05-13;2024-05-14;2024-05-15;2024-05-16 | preferred_dates:visit.tooManyDates",
            "topics          | ' ; , '           | topics:visit.required"})
    void malformedInputIsNamedBesideItsField(String field, String value, String violation) {
        VisitForm f = valid();
        setter(field).accept(f, value);
        assertEquals(List.of(violation), keys(f));
    }

    private static BiConsumer<VisitForm, String> setter(String field) {
        return switch (field) {
            case "email" -> VisitForm::setEmail;
            case "phone" -> VisitForm::setPhone;
            case "letter_date" -> VisitForm::setLetterDate;
            case "preferred_dates" -> VisitForm::setPreferredDates;
            case "topics" -> VisitForm::setTopics;
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void tooLongTextsAreRefusedWithTheirLimit() {
        VisitForm f = valid();
        f.setInstitution("x".repeat(VisitForm.INSTITUTION_MAX + 1));
        f.setLetterNumber("x".repeat(VisitForm.LETTER_NUMBER_MAX + 1));
        List<Violation> v = f.violations();
        assertEquals(List.of(Violation.of("institution", "visit.tooLong", VisitForm.INSTITUTION_MAX),
                Violation.of("letter_number", "visit.tooLong", VisitForm.LETTER_NUMBER_MAX)), v);
    }

    @Test
    void aVisitNeedsItsGuestsAVideoConferenceDoesNot() {
        VisitForm visit = valid();
        visit.setGuests(null);
        assertEquals(List.of("guests:visit.guestsRequired"), keys(visit));
        VisitForm conference = valid();
        conference.setMode(VisitMode.VIDEO_CONFERENCE);
        conference.setGuests(List.of());
        assertEquals(List.of(), keys(conference));
    }

    @Test
    void everyGuestNeedsNameAndPositionAndTheListHasALimit() {
        VisitForm incomplete = valid();
        incomplete.setGuests(List.of(new GuestEntry("Budi", " ", false)));
        assertEquals(List.of("guests:visit.guestIncomplete"), keys(incomplete));
        VisitForm nameTooLong = valid();
        nameTooLong.setGuests(List.of(new GuestEntry("x".repeat(VisitForm.NAME_MAX + 1), "Staf", false)));
        assertEquals(List.of("guests:visit.guestIncomplete"), keys(nameTooLong));
        VisitForm many = valid();
        many.setGuests(new ArrayList<>(Collections.nCopies(VisitForm.GUESTS_MAX + 1, new GuestEntry("Budi", "Staf", false))));
        assertEquals(List.of("guests:visit.guestsInvalid"), keys(many));
    }

    @Test
    void datesAndTopicsAreReadLeniently() {
        VisitForm f = valid();
        f.setPreferredDates(" 2024-05-14 , 2024-05-13;2024-05-14 ");
        f.setTopics("DAU, DBH;DAU");
        f.setLetterDate(" 2024-05-02 ");
        assertEquals(List.of(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 13)), f.preferredDateValues(),
                "distinct, in the order given");
        assertEquals(List.of("DAU", "DBH"), f.topicCodes());
        assertEquals(LocalDate.of(2024, 5, 2), f.letterDateValue());
        assertTrue(f.violations().isEmpty());
    }

    @Test
    void malformedDatesAreLeftOutOfTheValues() {
        VisitForm f = valid();
        f.setPreferredDates("2024-05-13;kemarin");
        f.setLetterDate("kemarin");
        assertEquals(List.of(LocalDate.of(2024, 5, 13)), f.preferredDateValues());
        assertNull(f.letterDateValue());
    }

    @Test
    void blankTextCountsAsMissing() {
        assertTrue(VisitForm.isBlank("  "));
        assertNull(VisitForm.trimToNull(" \t"));
        assertEquals("Bogor", VisitForm.trimToNull("  Bogor "));
        VisitForm f = valid();
        f.setContactName("   ");
        assertEquals(List.of("contact_name:visit.required"), keys(f));
    }
}
