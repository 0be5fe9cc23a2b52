package org.annocorpus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.source.BratGoldSource;
import org.annocorpus.eval.source.XmiSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The review pages in a real browser: headless Chromium driven through chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}; {@code ./test.sh} installs them). Skipped only when
 * Chromium is not installed. The pages are opened from the file system, as users open them; Chromium is
 * started with its network features off. Screenshots go to {@code target/review-screenshots/}.
 */
class ReviewBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("annocorpus.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("annocorpus.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "review-screenshots");

    /**
     * Selenium warns that it has no DevTools binding for this Chromium version; the one CDP command used here
     * goes through chromedriver and needs none. (Held in a field: JUL keeps loggers weakly.)
     */
    private static final java.util.logging.Logger CDP_VERSION_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path tmp;

    private static ChromeDriver browser;
    private static Path review;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + ": the browser test of the"
                + " review pages is skipped (install Debian's chromium and chromium-driver, as ./test.sh does)");
        assertThat(CHROMEDRIVER).as("chromedriver (Debian package chromium-driver), needed with " + CHROMIUM).isExecutable();
        review = tmp.resolve("review");
        ReviewReport.write(new BratGoldSource(ReviewFixture.writeGold(tmp.resolve("gold"))),
                new XmiSource(ReviewFixture.writeSystem(tmp.resolve("system"))), List.of(Layer.values()), review);

        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1366,900", "--user-data-dir=" + tmp.resolve("profile"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** No page may log a script error: neither to the console nor to the page's own error hook. */
    @AfterEach
    void noScriptErrors() {
        if (browser == null) {
            return;
        }
        List<LogEntry> logged = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(logged).as("console messages").filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .isEmpty();
        assertThat(script("return window.reviewScriptErrors")).as("errors caught by the page").isEqualTo(List.of());
        assertThat(browser.findElement(By.id("script-errors")).isDisplayed()).isFalse();
    }

    /** Opens a page; its script marks the body "ready" when it has run (get() returns after the load event). */
    private static void open(String page) {
        browser.get(review.resolve(page).toUri().toString());
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("ready");
    }

    private static Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private static void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(SCREENSHOTS.resolve(name))).isGreaterThan(10_000);
    }

    /** The drawn piece of an annotation: the element of the selector whose text, badges and labels aside, is this. */
    private static WebElement piece(String selector, String text) {
        Object found = script("var selector = arguments[0], text = arguments[1];"
                + " return Array.prototype.find.call(document.querySelectorAll('#text ' + selector),"
                + " function (el) { var copy = el.cloneNode(true);"
                + " copy.querySelectorAll('.badge, .note').forEach(function (m) { m.remove(); });"
                + " return copy.textContent === text; }) || null", selector, text);
        if (found == null) {
            throw new AssertionError("no " + selector + " piece \"" + text + "\"");
        }
        return (WebElement) found;
    }

    private static String background(WebElement element) {
        return element.getCssValue("background-image");
    }

    @Test
    void documentPageDrawsAnnotationsAndMarksErrors() throws Exception {
        open("docs/d1.html");
        assertThat(browser.findElements(By.cssSelector("#text .badge"))).extracting(WebElement::getText)
                .containsExactly("B", "T", "BT", "A", "FP", "A", "FN");
        assertThat(browser.findElements(By.cssSelector("#text .badge"))).allMatch(WebElement::isDisplayed);
        // gold draws a solid bar, the system a dashed one; the text of an error is tinted by its kind
        WebElement faro = piece(".a.g.L-entities", "Faro");
        assertThat(background(faro)).startsWith("linear-gradient(rgb(123, 31, 162)")
                .contains("rgba(229, 57, 53, 0.26)");
        assertThat(background(piece(".a.s.L-entities", "We"))).startsWith("repeating-linear-gradient").contains("rgba(30, 136, 229, 0.24)");
        assertThat(background(piece(".a.g.L-entities", "Ana Ruiz"))).contains("rgb(30, 95, 191)").doesNotContain("rgba(229");
        // each annotation is drawn with room for its bar under the text
        assertThat(faro.getRect().getHeight()).isGreaterThan(35);
        assertThat(browser.findElements(By.cssSelector("#text .note"))).extracting(WebElement::getText)
                .contains("G Ana Ruiz", "S Tomas Berg (verb-after)", "G 4000000, approx", "S 4000000, exact");
        screenshot("d1.png");
    }

    @Test
    void pointingAtAnAnnotationShowsItsDetailsAndClickingKeepsThem() {
        open("docs/d1.html");
        WebElement details = browser.findElement(By.id("details"));
        new Actions(browser).moveToElement(piece(".a.g.L-entities", "Faro")).perform();
        assertThat(details.getText()).contains("GOLD", "entities · LOC", "missed", "“Faro”", "nothing in the system output");

        // "Tomas" is the system annotation inside the gold "Tomas Berg": both are shown, innermost first
        piece(".a.s.L-entities", "Tomas").click();
        assertThat(details.getAttribute("class")).contains("pinned");
        assertThat(details.findElements(By.className("card"))).extracting(WebElement::getText).satisfiesExactly(
                system -> assertThat(system).contains("SYSTEM", "boundary", "“Tomas”", "paired with", "Tomas Berg"),
                gold -> assertThat(gold).contains("GOLD", "boundary", "“Tomas Berg”"));
        assertThat(browser.findElements(By.cssSelector("#text .sel"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#text .partner"))).isNotEmpty();
        // kept while the pointer moves on
        new Actions(browser).moveToElement(piece(".a.g.L-entities", "Faro")).perform();
        assertThat(details.getText()).contains("Tomas Berg").doesNotContain("Faro");
    }

    @Test
    void theErrorListSelectsTheAnnotationItNames() throws Exception {
        open("docs/d1.html");
        WebElement row = browser.findElements(By.cssSelector("#errors tbody tr")).stream()
                .filter(r -> r.getText().contains("speaker")).findFirst().orElseThrow();
        row.findElement(By.linkText("attribute")).click();
        assertThat(browser.getCurrentUrl()).matches(".*#g\\d+$");
        String details = browser.findElement(By.id("details")).getText();
        assertThat(details).contains("Quotation", "attribute", "speaker", "Ana Ruiz", "Tomas Berg",
                "speaker: gold \"Ana Ruiz\", system \"Tomas Berg\"");
        // the system quotation's card names the sieve that found its speaker
        browser.findElement(By.cssSelector("#text .note.s.L-quotations")).click();
        assertThat(browser.findElement(By.id("details")).getText()).contains("found by sieve", "verb-after");
        screenshot("d1-selected.png");
    }

    @Test
    void filtersHideAnnotationsTheirMarksAndTheirErrors() {
        open("docs/d1.html");
        WebElement missed = browser.findElement(By.cssSelector("#filters input[name=status][value=missed]"));
        missed.click();
        assertThat(browser.findElement(By.cssSelector("#text .badge.k-missed")).isDisplayed()).isFalse();
        assertThat(background(piece(".a.g.L-entities", "Faro"))).isEqualTo("none");
        assertThat(browser.findElements(By.cssSelector("#errors tbody tr"))).filteredOn(WebElement::isDisplayed)
                .extracting(WebElement::getText).noneMatch(text -> text.contains("missed"));

        browser.findElement(By.cssSelector("#filters input[name=side][value=system]")).click();
        assertThat(browser.findElement(By.cssSelector("#text .badge.k-spurious")).isDisplayed()).isFalse();
        assertThat(background(piece(".a.s.L-entities", "Tomas"))).isEqualTo("none");
        assertThat(background(piece(".a.g.L-entities", "Ana Ruiz"))).isNotEqualTo("none");

        browser.findElement(By.cssSelector("#filters input[name=layer][value=entities]")).click();
        assertThat(background(piece(".a.g.L-entities", "Ana Ruiz"))).isEqualTo("none");

        browser.findElement(By.id("show-labels")).click();
        assertThat(browser.findElements(By.cssSelector("#text .note"))).noneMatch(WebElement::isDisplayed);
    }

    @Test
    void theIndexListsTheDocumentsAndSortsThem() throws Exception {
        open("index.html");
        By names = By.cssSelector("table.documents tbody td.doc a");
        assertThat(browser.findElements(names)).extracting(WebElement::getText).containsExactly("d1", "d2");
        WebElement allErrors = browser.findElements(By.cssSelector("th[data-column]")).stream()
                .filter(th -> th.getText().contains("all errors")).findFirst().orElseThrow();
        allErrors.findElement(By.tagName("button")).click(); // d1 has 7 errors, d2 1 (its one name, missed)
        assertThat(browser.findElements(names)).extracting(WebElement::getText).containsExactly("d2", "d1");
        assertThat(allErrors.getAttribute("aria-sort")).isEqualTo("ascending");
        allErrors.findElement(By.tagName("button")).click();
        assertThat(browser.findElements(names)).extracting(WebElement::getText).containsExactly("d1", "d2");
        screenshot("index.png");
        browser.findElement(By.linkText("d2")).click();
        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("no system output");
    }

    @Test
    void printingLeavesOutTheControls() throws Exception {
        open("docs/d1.html");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("details")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("text")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("errors")).isDisplayed()).isTrue();
            assertThat(background(piece(".a.g.L-entities", "Faro"))).contains("rgba(229, 57, 53, 0.26)");
            screenshot("d1-print.png");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
