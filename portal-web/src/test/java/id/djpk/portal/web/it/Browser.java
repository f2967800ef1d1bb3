package id.djpk.portal.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: both named explicitly, so that
 * nothing tries to download a browser or a driver.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=id-ID", "--user-data-dir=" + profile);
        // the browser's console, read by consoleErrors()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return await(d -> shown(d, by));
    }

    private static WebElement shown(WebDriver d, By by) {
        List<WebElement> found = d.findElements(by);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    /** Waits until the element is in the page, shown or not (a file input hides behind its button). */
    public WebElement present(By by) {
        return await(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * Waits until the condition holds. An element replaced by an ajax update while the condition reads it is
     * asked again (PrimeFaces re-renders tables and panels in place), not reported as a failure.
     */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void awaitAjax() {
        await(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * Clicks a button that sends an ajax request, and waits for the answer to be applied. A button redrawn between
     * finding and clicking it (a push or another ajax update re-renders its table) is found again and clicked.
     */
    public void clickAjax(By by) {
        await(d -> {
            WebElement button = shown(d, by);
            if (button == null) {
                return null;
            }
            button.click();
            return true;
        });
        awaitAjax();
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by the start of its label, through the widget
     * (a pop-up of another field may cover the menu; the widget does what a click on the option does).
     */
    public void selectMenu(String menuId, String labelStart) {
        awaitAjax();
        Object done = ((JavascriptExecutor) driver).executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                        + "for (var i = 0; i < select.options.length; i++) {"
                        + "  if (select.options[i].text.indexOf(arguments[1]) === 0) {"
                        + "    var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + "    if (w) { w.selectValue(select.options[i].value); } else { select.selectedIndex = i; select.dispatchEvent(new Event('change')); }"
                        + "    return true; } }"
                        + "return false;", menuId, labelStart);
        if (!Boolean.TRUE.equals(done)) {
            throw new IllegalArgumentException("no option starting with " + labelStart + " in " + menuId);
        }
        awaitAjax();
    }

    /**
     * Picks an option as {@link #selectMenu} does and then tells the menu it changed, as a person's click does,
     * so that the menu's own ajax runs (the widget's selectValue is silent); waits for its answer.
     */
    public void chooseMenu(String menuId, String labelStart) {
        selectMenu(menuId, labelStart);
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).triggerChange();", menuId);
        awaitAjax();
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    public void clickAndWait(By by) {
        WebElement e = find(by);
        e.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(e));
        await(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Clicks a button that asks first (a letter goes out, or something is published), checks that the page's
     * confirmation dialog shows, answers "Ya" and waits for the next page; returns what the dialog said.
     */
    public String clickConfirmed(By by) {
        awaitAjax(); // a choice's ajax may still be rendering the button with its summary
        WebElement button = find(by);
        button.click();
        WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector(".ui-confirm-dialog")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        String message = dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(button));
        await(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return message;
    }

    /** Clicks a button that asks first, answers "Tidak" and waits until the dialog and its mask are gone. */
    public String clickDeclined(By by) {
        awaitAjax();
        find(by).click();
        WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector(".ui-confirm-dialog")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        String message = dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        await(d -> !dialog.isDisplayed() && d.findElements(By.cssSelector(".ui-dialog-mask")).stream().noneMatch(WebElement::isDisplayed));
        return message;
    }

    /**
     * Whether the element has left the page. While the browser swaps documents, Chromium may answer
     * "node does not belong to the document" instead of "stale": both mean the old page is gone.
     */
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException ex) {
            return true;
        } catch (org.openqa.selenium.WebDriverException ex) {
            String message = ex.getMessage();
            if (message != null && message.contains("does not belong to the document")) {
                return true;
            }
            throw ex;
        }
    }

    public void type(By by, String text) {
        WebElement e = find(by);
        String id = e.getAttribute("id");
        if (id != null && id.endsWith("_input") && !e.findElements(By.xpath(
                "ancestor::*[contains(@class,'ui-datepicker') or contains(@class,'ui-calendar')]")).isEmpty()) {
            // a date picker: its pop-up would cover the fields below and fight the keystrokes; the form
            // submits the text of the input, so set that text as a person's typing would leave it
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));"
                    + "var panel = document.getElementById(arguments[0].id.replace(/_input$/, '_panel'));"
                    + "if (panel) { panel.style.display = 'none'; }"
                    + "arguments[0].blur();", e, text);
            awaitAjax();
            return;
        }
        e.clear();
        // masked inputs keep their text on clear(): select it all and type over it
        e.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        e.sendKeys(text);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The HTTP status the current page was answered with (its navigation entry), or 0 when the browser has none. */
    public int status() {
        Object status = ((JavascriptExecutor) driver).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null;");
        return status instanceof Number n ? n.intValue() : 0;
    }

    /**
     * The console's errors (SEVERE: failed loads, script errors, Content-Security-Policy refusals) since the last
     * call; each call empties the browser's log.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).toList();
    }

    /** Runs axe-core on the current page; returns the serious and critical violations as text. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityProblems() {
        String axe;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        return new ArrayList<>((List<String>) result);
    }

    /**
     * A screenshot for the user guides, at the given window size, into {@code docs/screenshots/<name>.png}: taken by
     * the tests so that the pictures in the guides show the screens as they are. The window goes back afterwards.
     */
    public void document(String name, int width, int height) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
            await(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            Path dir = Path.of("..", "docs", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> cookies() {
        Map<String, Object> m = new java.util.HashMap<>();
        driver.manage().getCookies().forEach(c -> m.put(c.getName(), c.getValue()));
        return m;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover browser profile under target/ is harmless
        }
    }
}
