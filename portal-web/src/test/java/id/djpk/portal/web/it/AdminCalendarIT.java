package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/** The administrator keeps the holiday list; the deadline tool explains a working-day deadline. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminCalendarIT extends BrowserTest {

    static final int COMING_YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() + 1;

    @BeforeAll
    static void signIn() {
        browser.open(portal.staffUrl("/login.xhtml"));
        browser.type(By.id("login:username"), "admin");
        browser.type(By.id("login:password"), PortalServer.DEMO_PASSWORD);
        browser.clickAndWait(By.id("login:submit"));
    }

    @Test
    @Order(1)
    void theDeadlineToolExplainsItsAnswer() {
        browser.open(portal.staffUrl("/admin/hari-libur.xhtml?tahun=2024"));
        String shown = browser.find(By.id("deadline:received_input")).getAttribute("value");
        browser.type(By.id("deadline:received_input"), "02-05-2024 10" + (shown != null && shown.contains(".") ? "." : ":") + "00");
        browser.type(By.id("deadline:days"), "10");
        assertEquals("10", browser.find(By.id("deadline:days")).getAttribute("value"));
        browser.clickAjax(By.id("deadline:compute"));
        assertEquals("10 hari kerja sejak 2 Mei 2024 → 20 Mei 2024 (dilewati: 4–5 Mei, 9–12 Mei, 18–19 Mei)",
                browser.find(By.id("deadline:deadlineExplanation")).getText());
    }

    @Test
    @Order(2)
    void administratorsAreWarnedWhileTheComingYearHasNoHolidays() {
        // the shipped list covers 2024–2026 (../shared/data/holidays.csv); 2027's are not decided yet
        if (COMING_YEAR > 2026 && COMING_YEAR < 2030) {
            browser.open(portal.staffUrl("/index.xhtml"));
            assertTrue(browser.text().contains("Hari libur tahun " + COMING_YEAR + " belum diisi"), browser.text());
            browser.open(portal.staffUrl("/admin/hari-libur.xhtml?tahun=" + COMING_YEAR));
            assertTrue(browser.text().contains("Belum ada hari libur untuk tahun " + COMING_YEAR));
        }
        browser.open(portal.staffUrl("/admin/hari-libur.xhtml?tahun=2024"));
        assertTrue(browser.find(By.id("holidays:table")).getText().contains("Hari Kemerdekaan Republik Indonesia"));
        assertFalse(browser.text().contains("Belum ada hari libur untuk tahun 2024"));
    }

    @Test
    @Order(3)
    void theAdministratorEntersTheComingYearsHolidays() {
        browser.open(portal.staffUrl("/admin/hari-libur.xhtml?tahun=" + COMING_YEAR));
        browser.clickAjax(By.id("holidays:newHoliday"));
        browser.type(By.id("holidayForm:name"), "Tahun Baru " + COMING_YEAR + " Masehi");
        browser.type(By.id("holidayForm:date_input"), "01-01-" + COMING_YEAR);
        browser.selectMenu("holidayForm:kind", "Libur Nasional");
        browser.clickAjax(By.id("holidayForm:saveHoliday"));
        browser.await(d -> d.findElement(By.id("holidays:table")).getText().contains("Tahun Baru " + COMING_YEAR + " Masehi"));
        browser.open(portal.staffUrl("/index.xhtml"));
        assertFalse(browser.text().contains("Hari libur tahun " + COMING_YEAR + " belum diisi"), browser.text());
        browser.open(portal.staffUrl("/admin/audit.xhtml"));
        assertTrue(browser.text().contains("Hari libur ditambahkan"), "the audit trail says what happened in words");
    }

    @Test
    @Order(4)
    void aDateThatIsNoDateGetsAnIndonesianMessage() {
        browser.open(portal.staffUrl("/admin/hari-libur.xhtml?tahun=2024"));
        browser.type(By.id("deadline:received_input"), "besok pagi");
        browser.type(By.id("deadline:days"), "10");
        browser.clickAjax(By.id("deadline:compute"));
        assertTrue(browser.find(By.id("deadline")).getText().contains("tidak dikenali sebagai tanggal dan jam"),
                browser.find(By.id("deadline")).getText());
    }
}
