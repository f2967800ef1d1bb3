package id.djpk.portal.web.it;

import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test class: the shared running portal, one Chromium for the class, an HTTP client. */
@ExtendWith({PortalServer.Running.class, ScreenshotOnFailure.class})
abstract class BrowserTest {

    static Browser browser;
    static PortalServer portal;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void openBrowser() {
        portal = PortalServer.get();
        browser = new Browser();
        ScreenshotOnFailure.browser = () -> browser;
    }

    /** Signs in through the staff login form, in a fresh browser session (whatever the outcome). */
    static void login(String user, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.staffUrl("/login.xhtml"));
        browser.type(org.openqa.selenium.By.id("login:username"), user);
        browser.type(org.openqa.selenium.By.id("login:password"), password);
        browser.clickAndWait(org.openqa.selenium.By.id("login:submit"));
    }

    /** The messages GreenMail received for {@code address}, oldest first, once {@code count} have arrived. */
    static java.util.List<jakarta.mail.internet.MimeMessage> mailsTo(String address, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        java.util.List<jakarta.mail.internet.MimeMessage> mine = java.util.List.of();
        while (System.currentTimeMillis() < deadline) {
            mine = java.util.Arrays.stream(portal.smtp().getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(address);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("expected " + count + " messages to " + address + ", got " + mine.size());
    }

    /**
     * Opens the staff page again and again, for at most 90 seconds, until the element {@code id} shows {@code text}
     * (a message the mailbox watcher has still to fetch); whether it did.
     */
    static boolean openUntilShown(String path, String id, String text) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            browser.open(portal.staffUrl(path));
            if (browser.find(org.openqa.selenium.By.id(id)).getText().contains(text)) {
                return true;
            }
            PortalServer.sleep(1000);
        }
        return false;
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
