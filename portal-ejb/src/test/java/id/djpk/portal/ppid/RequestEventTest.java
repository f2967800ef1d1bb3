package id.djpk.portal.ppid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.system.Formatter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A timeline's notes keep codes; the pages read them in words ("GRANTED" and "due 2024-05-20" were shown as such). */
class RequestEventTest {

    static final Function<Enum<?>, String> LABELS = code -> "«" + code.getClass().getSimpleName() + " " + code.name() + "»";

    static List<String> notes(InformationRequest r, Locale locale) {
        Formatter f = Formatter.of(locale);
        return r.getEvents().stream().map(e -> e.noteText(LABELS, due -> "due " + f.date(due))).toList();
    }

    @Test
    void theReceiptsDueDateIsWrittenInTheReadersLanguageAndCodesByTheirLabels() {
        InformationRequest r = InformationRequestTest.decided("2024-05-02T09:00", "2024-05-06T10:00");
        assertEquals(List.of("due 20 Mei 2024", "«Decision GRANTED»"), notes(r, Locale.forLanguageTag("id")));
        assertEquals("due 20 May 2024", notes(r, Locale.ENGLISH).get(0));

        r.fileObjection(ObjectionGround.D_ANSWERED_OTHERWISE, "Saya meminta data per bulan.",
                InformationRequestTest.DEADLINES, InformationRequestTest.at("2024-05-07T10:00"));
        assertEquals("«ObjectionGround D_ANSWERED_OTHERWISE»", notes(r, Locale.ENGLISH).get(2));
    }

    @Test
    void freeTextAndUnknownNotesStayAsWritten() {
        InformationRequest r = InformationRequestTest.received("2024-05-02T09:00");
        RequestEvent reason = new RequestEvent(r, InformationRequestTest.at("2024-05-03T09:00"), RequestEvent.Kind.EXTENDED,
                "ppid", true, "Data dihimpun dari unit.");
        RequestEvent old = new RequestEvent(r, InformationRequestTest.at("2024-05-03T09:00"), RequestEvent.Kind.DECIDED,
                "ppid", true, "dikabulkan");
        assertEquals("Data dihimpun dari unit.", reason.noteText(LABELS, d -> "x"));
        assertEquals("dikabulkan", old.noteText(LABELS, d -> "x"));
        assertEquals(LocalDate.of(2024, 5, 20), r.getDueDate());
    }
}
