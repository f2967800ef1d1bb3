package id.djpk.portal.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.djpk.portal.calendar.OfficeHours;
import id.djpk.portal.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of SE-2/PK.1/2024 E.3, table by table, with the holidays of May 2024. */
class VisitRulesTest {

    /** Kenaikan Isa Al Masih and its cuti bersama, Waisak and its cuti bersama. */
    static final Set<LocalDate> MAY_2024_HOLIDAYS = Set.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 9),
            LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 23), LocalDate.of(2024, 5, 24));
    static final VisitRules RULES = new VisitRules(new WorkingDays(MAY_2024_HOLIDAYS, OfficeHours.DEFAULT), SlotTime.CIRCULAR);

    @ParameterizedTest(name = "letter received {0} -> earliest {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "2024-05-02 | 2024-05-07 | Thursday: Friday, Monday, Tuesday",
            "2024-05-03 | 2024-05-08 | Friday: the weekend does not count",
            "2024-05-06 | 2024-05-13 | Monday: Kenaikan and its cuti bersama do not count",
            "2024-05-15 | 2024-05-20 | Wednesday",
            "2024-05-21 | 2024-05-28 | Tuesday: Waisak and its cuti bersama do not count",
            "2024-05-31 | 2024-06-05 | across the month"})
    void theEarliestDateIsThreeWorkingDaysAfterTheLetter(LocalDate received, LocalDate earliest, String why) {
        assertEquals(earliest, RULES.earliestDate(received));
    }

    @ParameterizedTest(name = "{0} with earliest {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-13 | 2024-05-13 | ",
            "2024-05-14 | 2024-05-13 | ",
            "2024-05-08 | 2024-05-13 | NOTICE",
            "2024-05-11 | 2024-05-08 | WORKING_DAY",
            "2024-05-23 | 2024-05-08 | WORKING_DAY",
            "2024-05-24 | 2024-05-08 | WORKING_DAY"})
    void aDateMustBeAWorkingDayAfterTheNotice(LocalDate date, LocalDate earliest, VisitRule broken) {
        if (broken == null) {
            RULES.checkDate(date, earliest);
        } else {
            assertEquals(broken, assertThrows(VisitRuleException.class, () -> RULES.checkDate(date, earliest)).getRule());
        }
    }

    @ParameterizedTest(name = "{0} guests, head of region {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "1 | false | ",
            "2 | false | ",
            "3 | false | GUESTS",
            "5 | false | GUESTS",
            "3 | true  | ",
            "4 | true  | ",
            "5 | true  | GUESTS"})
    void theGuestListHasTwoOrFourWithTheHeadOfRegion(int count, boolean head, VisitRule broken) {
        List<GuestEntry> guests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            guests.add(new GuestEntry("Tamu " + i, i == 0 && head ? "Bupati" : "Staf", i == 0 && head));
        }
        if (broken == null) {
            RULES.checkGuests(guests);
        } else {
            VisitRuleException e = assertThrows(VisitRuleException.class, () -> RULES.checkGuests(guests));
            assertEquals(broken, e.getRule());
            assertEquals(List.of(count, head ? 4 : 2), List.of(e.getArguments()));
        }
    }

    @ParameterizedTest(name = "{0} arrived, head {1}: {2} admitted, breach {3}")
    @CsvSource(delimiter = '|', value = {
            "0 | false | 0 | false",
            "2 | false | 2 | false",
            "5 | false | 2 | true",
            "4 | true  | 4 | false",
            "7 | true  | 4 | true"})
    void receptionAdmitsOnlyTheAllowedNumber(int arrived, boolean head, int admitted, boolean breach) {
        Admission a = RULES.admit(arrived, head);
        assertEquals(admitted, a.admitted());
        assertEquals(breach, a.breach());
        assertEquals(head ? 4 : 2, a.allowed());
    }

    @ParameterizedTest(name = "{0} scheduled -> {1} left")
    @CsvSource({"0,2", "1,1", "2,0", "3,0"})
    void eachRegionHasTwoVisitsAMonth(long scheduled, int left) {
        assertEquals(left, RULES.quotaLeft(scheduled));
        if (left == 0) {
            VisitRuleException e = assertThrows(VisitRuleException.class,
                    () -> RULES.checkQuota("Kab. Bogor", YearMonth.of(2024, 5), scheduled));
            assertEquals(VisitRule.QUOTA, e.getRule());
        } else {
            RULES.checkQuota("Kab. Bogor", YearMonth.of(2024, 5), scheduled);
        }
    }

    @Test
    void aFullDayMovesToTheNextWorkingDay() {
        Set<Slot> taken = new HashSet<>();
        LocalDate wednesday = LocalDate.of(2024, 5, 8);
        IntStream.rangeClosed(1, 4).forEach(n -> taken.add(new Slot(wednesday, n)));
        taken.add(new Slot(LocalDate.of(2024, 5, 13), 1));
        // Wednesday is full; Thursday and Friday are Kenaikan and its cuti bersama; the weekend is skipped
        assertEquals(List.of(new Slot(LocalDate.of(2024, 5, 13), 2), new Slot(LocalDate.of(2024, 5, 13), 3),
                new Slot(LocalDate.of(2024, 5, 13), 4), new Slot(LocalDate.of(2024, 5, 14), 1)),
                RULES.proposals(wednesday, taken, 4));
        assertEquals(VisitRule.SLOT, assertThrows(VisitRuleException.class,
                () -> RULES.checkSlot(new Slot(wednesday, 3), wednesday, taken)).getRule());
        RULES.checkSlot(new Slot(LocalDate.of(2024, 5, 13), 2), wednesday, taken);
    }

    @Test
    void proposalsStartOnAWorkingDay() {
        assertEquals(new Slot(LocalDate.of(2024, 5, 13), 1), RULES.proposals(LocalDate.of(2024, 5, 9), Set.of(), 1).get(0));
        assertEquals(List.of(), RULES.freeSlots(LocalDate.of(2024, 5, 11), Set.of()));
    }

    @Test
    void theFourSessionsOfTheCircularAndConfiguredOnes() {
        assertEquals(List.of("09.00\u201310.00", "10.00\u201311.00", "13.00\u201314.00", "14.00\u201315.00"),
                SlotTime.CIRCULAR.stream().map(SlotTime::label).collect(Collectors.toList()));
        assertEquals(SlotTime.CIRCULAR, SlotTime.parse(" "));
        List<SlotTime> three = SlotTime.parse("08:30-09:30, 10:00-11:00,15:00-16:00");
        assertEquals(3, three.size());
        assertEquals(LocalTime.of(15, 0), three.get(2).start());
        assertThrows(IllegalArgumentException.class, () -> SlotTime.parse("09:00-10:00,09:30-10:30"));
        assertThrows(IllegalArgumentException.class, () -> SlotTime.parse("nine to ten"));
        VisitRules threeADay = new VisitRules(RULES.workingDays(), three);
        assertEquals(3, threeADay.freeSlots(LocalDate.of(2024, 5, 13), Set.of()).size());
    }
}
