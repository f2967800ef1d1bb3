package id.djpk.portal.site.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Labels inside the report's sentences. */
class ReportPageTest {

    @Test
    void onlyTheFirstLetterOfAWordIsLoweredNeverAnAcronym() {
        assertEquals("tiket konsultasi", ReportPage.lowerFirst("Tiket konsultasi"));
        assertEquals("webinar/FGD", ReportPage.lowerFirst("Webinar/FGD"));
        assertEquals("layanan PPID", ReportPage.lowerFirst("Layanan PPID"));
        assertEquals("PPID services", ReportPage.lowerFirst("PPID services"));
        assertEquals("video conference", ReportPage.lowerFirst("video conference"));
    }
}
