package id.djpk.portal.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The charts write numbers in the page's language: "1.800" on an Indonesian page, not the browser's "1,800". */
class ReportChartsTest {

    static String locale(String chart) {
        JsonObject config = Json.createReader(new StringReader(chart)).readObject();
        return config.getJsonObject("options").getString("locale");
    }

    @Test
    void theChartsNameThePagesLanguage() {
        assertEquals("id-ID", locale(ReportCharts.bar(List.of("Mei 2024"), List.of(1800L), "Tiket", Locale.forLanguageTag("id"))));
        assertEquals("en-GB", locale(ReportCharts.bar(List.of("May 2024"), List.of(1800L), "Tickets", Locale.ENGLISH)));
        assertEquals("id-ID", locale(ReportCharts.doughnut(List.of("Telepon"), List.of(1800L), Locale.forLanguageTag("id-ID"))));
    }
}
