package id.djpk.portal.web.it;

import org.openqa.selenium.By;

/**
 * Test accounts created once by the administrator through the accounts page: a Layer 2 account of unit DTU for the
 * helpdesk's browser tests, and any other role. The demo accounts {@code l2-dtu} and {@code desk} are not used:
 * StaffSecurityIT changes the one's password and locks the other, and the order of the test classes is not fixed. Like every account an administrator creates, each chooses its own
 * password at its first sign-in.
 */
final class HelpdeskAccounts {

    static final String L2_USER = "l2-dtu-helpdesk";

    private static final java.util.Map<String, String> PASSWORDS = new java.util.HashMap<>();

    private HelpdeskAccounts() {
    }

    static String l2Password(Browser browser, PortalServer portal) {
        return password(browser, portal, L2_USER, "Tim Layer 2 DTU (uji helpdesk)", "Unit Teknis Layer 2", "DTU");
    }

    /**
     * The password of a test account with one role (its label on the accounts page) and, for Layer 2, a unit;
     * created by the administrator on first use. For roles whose demo account another test locks or changes.
     */
    static synchronized String password(Browser browser, PortalServer portal, String username, String fullName,
                                        String roleLabel, String unit) {
        String password = PASSWORDS.get(username);
        if (password == null) {
            browser.driver().manage().deleteAllCookies();
            browser.open(portal.staffUrl("/login.xhtml"));
            browser.type(By.id("login:username"), "admin");
            browser.type(By.id("login:password"), PortalServer.DEMO_PASSWORD);
            browser.find(By.id("login:submit")).click();
            browser.await(d -> d.getCurrentUrl().contains("login.xhtml") ? null : Boolean.TRUE);
            browser.open(portal.staffUrl("/admin/pengguna.xhtml"));
            browser.clickAjax(By.id("users:newUser"));
            browser.type(By.id("editForm:username"), username);
            browser.type(By.id("editForm:fullName"), fullName);
            String generated = browser.find(By.id("editForm:password")).getAttribute("value");
            browser.find(By.xpath("//*[@id='editForm:roles']//label[normalize-space()='" + roleLabel + "']")).click();
            if (unit != null) {
                browser.selectMenu("editForm:unit", unit);
            }
            browser.clickAjax(By.id("editForm:saveUser"));
            browser.await(d -> d.findElement(By.id("users:table")).getText().contains(username));

            // an administrator's password is replaced at the first sign-in, as the team would do
            browser.driver().manage().deleteAllCookies();
            browser.open(portal.staffUrl("/login.xhtml"));
            browser.type(By.id("login:username"), username);
            browser.type(By.id("login:password"), generated);
            browser.find(By.id("login:submit")).click();
            browser.await(d -> d.getCurrentUrl().contains("/akun.xhtml"));
            password = StaffSignIn.chooseOwnPassword(browser, username, generated);
            browser.driver().manage().deleteAllCookies();
            PASSWORDS.put(username, password);
        }
        return password;
    }
}
