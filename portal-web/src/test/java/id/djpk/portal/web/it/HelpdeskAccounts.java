package id.djpk.portal.web.it;

import org.openqa.selenium.By;

/**
 * A Layer 2 account of unit DTU for the helpdesk's browser tests, created once by the administrator through the
 * accounts page. The demo account {@code l2-dtu} is not used: StaffSecurityIT changes its password, and the
 * order of the test classes is not fixed. Like every account an administrator creates, it chooses its own
 * password at its first sign-in.
 */
final class HelpdeskAccounts {

    static final String L2_USER = "l2-dtu-helpdesk";

    private static String password;

    private HelpdeskAccounts() {
    }

    static synchronized String l2Password(Browser browser, PortalServer portal) {
        if (password == null) {
            browser.driver().manage().deleteAllCookies();
            browser.open(portal.staffUrl("/login.xhtml"));
            browser.type(By.id("login:username"), "admin");
            browser.type(By.id("login:password"), PortalServer.DEMO_PASSWORD);
            browser.find(By.id("login:submit")).click();
            browser.await(d -> d.getCurrentUrl().contains("login.xhtml") ? null : Boolean.TRUE);
            browser.open(portal.staffUrl("/admin/pengguna.xhtml"));
            browser.clickAjax(By.id("users:newUser"));
            browser.type(By.id("editForm:username"), L2_USER);
            browser.type(By.id("editForm:fullName"), "Tim Layer 2 DTU (uji helpdesk)");
            String generated = browser.find(By.id("editForm:password")).getAttribute("value");
            browser.find(By.xpath("//*[@id='editForm:roles']//label[normalize-space()='Unit Teknis Layer 2']")).click();
            browser.selectMenu("editForm:unit", "DTU");
            browser.clickAjax(By.id("editForm:saveUser"));
            browser.await(d -> d.findElement(By.id("users:table")).getText().contains(L2_USER));

            // an administrator's password is replaced at the first sign-in, as the team would do
            browser.driver().manage().deleteAllCookies();
            browser.open(portal.staffUrl("/login.xhtml"));
            browser.type(By.id("login:username"), L2_USER);
            browser.type(By.id("login:password"), generated);
            browser.find(By.id("login:submit")).click();
            browser.await(d -> d.getCurrentUrl().contains("/akun.xhtml"));
            password = StaffSignIn.chooseOwnPassword(browser, L2_USER, generated);
            browser.driver().manage().deleteAllCookies();
        }
        return password;
    }
}
