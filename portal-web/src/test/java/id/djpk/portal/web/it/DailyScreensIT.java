package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Words instead of codes and symbols on the daily screens, in the page's language. */
class DailyScreensIT extends BrowserTest {

    @Test
    void theContactCenterFiguresWordTheirChangesAsTheReportDoes() {
        login("agent", PortalServer.DEMO_PASSWORD);
        browser.open(portal.staffUrl("/helpdesk/statistik/angka.xhtml"));
        String total = browser.find(By.id("total")).getText();
        assertTrue(total.contains("Dibanding bulan sebelumnya") && total.contains("Dibanding bulan yang sama tahun lalu"), total);
        assertTrue(total.matches("(?s).*(naik|turun|sama|tidak ada pembanding).*"), total);
        assertFalse(browser.text().contains("Δ"), "no Δ % heading");
        assertEquals(List.of(), browser.accessibilityProblems());
    }

    @Test
    void englishPagesNameTopicsInEnglish() {
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl("/bahasa?l=en&kembali=/kunjungan/permohonan"));
        String form = browser.find(By.cssSelector("form.ppid-form")).getText();
        assertTrue(form.contains("General Allocation Fund (DAU)"), form);
        assertFalse(form.contains("Dana Alokasi Umum"), form);
        assertTrue(form.contains("We are not a regional government"), form);

        browser.open(portal.publicUrl("/publikasi?topik=DAU"));
        assertTrue(browser.find(By.tagName("main")).getText().contains("General Allocation Fund (DAU)"), browser.text());

        browser.open(portal.publicUrl("/bahasa?l=id&kembali=/kunjungan/permohonan"));
        assertTrue(browser.find(By.cssSelector("form.ppid-form")).getText().contains("Dana Alokasi Umum"));
    }
}
