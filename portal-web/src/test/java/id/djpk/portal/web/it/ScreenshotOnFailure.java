package id.djpk.portal.web.it;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Keeps a screenshot and the page source of a failed browser test under target/screenshots, and prints where the
 * browser was (address, title, the start of the page's text): a CI log is often all there is to read.
 */
public class ScreenshotOnFailure implements TestWatcher {

    static volatile Supplier<Browser> browser = () -> null;

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser b = browser.get();
        if (b != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                String text = b.driver().findElement(org.openqa.selenium.By.tagName("body")).getText();
                System.out.println("[" + name + "] the browser was on " + b.driver().getCurrentUrl() + " (\""
                        + b.driver().getTitle() + "\"); the page said: "
                        + (text.length() > 1500 ? text.substring(0, 1500) + "…" : text));
            } catch (RuntimeException e) {
                System.out.println("[" + name + "] the browser could not say where it was: " + e);
            }
            try {
                b.screenshot(name);
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots", name + ".html"), b.driver().getPageSource());
            } catch (RuntimeException | java.io.IOException e) {
                // the browser itself may be what failed; the test's own error says enough then
            }
        }
    }
}
