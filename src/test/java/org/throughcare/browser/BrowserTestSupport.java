package org.throughcare.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base for browser journeys ({@code *BrowserTest}, run by Failsafe): the whole application on a random
 * port in demo mode, driven by one headless Chromium per test class. Every page reached through
 * {@link #visit}, {@link #click}, {@link #signIn} or {@link #signOut} is scanned with axe-core for WCAG 2.2 AA
 * failures and recorded in {@link #scannedPages()}.
 *
 * <p>Chromium and chromedriver are taken from {@code THROUGHCARE_CHROME_BINARY} and
 * {@code THROUGHCARE_CHROMEDRIVER} (default: the Debian packages in /usr/bin). Selenium Manager never
 * runs because the driver executable is always given. When either file is missing the tests are skipped
 * with the reason, except when {@code CI=true}, where they fail.
 */
@ExtendWith(BrowserTestSupport.BrowserInstalled.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "throughcare.demo.enabled=true",
            // The journeys need the demo users and a few people to search for, not a full demo caseload.
            "throughcare.demo.people=" + BrowserTestSupport.DEMO_PEOPLE
        })
public abstract class BrowserTestSupport {

    static final int DEMO_PEOPLE = 12;

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final java.time.format.DateTimeFormatter HOURS_AND_MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private static final Pattern CSRF_TOKEN = Pattern.compile("(name=\"_csrf\"[^>]*?value=\")[^\"]*");
    /** The markup of every page that passed a scan in this JVM (see {@link #assertAccessible()}). */
    private static final Set<String> SCANNED_MARKUP = ConcurrentHashMap.newKeySet();

    private static WebDriver driver;
    private static Path userDataDirectory;

    @LocalServerPort
    private int port;

    private final List<String> scannedPages = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        String missing = missingBrowser();
        if (missing != null) {
            // Only reached with CI=true: elsewhere BrowserInstalled has already skipped the class.
            fail("Browser tests cannot run on CI (CI=true): " + missing);
        }
        File chromium = chromium();
        File chromedriver = chromedriver();

        userDataDirectory = Files.createTempDirectory("throughcare-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,1024",
                        "--user-data-dir=" + userDataDirectory.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (userDataDirectory != null) {
                FileSystemUtils.deleteRecursively(userDataDirectory.toFile());
                userDataDirectory = null;
            }
        }
    }

    /**
     * Each test starts signed out on a blank page, whatever the previous test in the class left behind (a
     * page left open would hold a CSRF token from a session that no longer exists).
     */
    @BeforeEach
    void startSignedOut() {
        driver.get("about:blank");
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        scannedPages.clear();
    }

    private static File chromium() {
        return new File(setting("THROUGHCARE_CHROME_BINARY", "/usr/bin/chromium"));
    }

    private static File chromedriver() {
        return new File(setting("THROUGHCARE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** What is missing to run a browser, or null when Chromium and chromedriver are both there. */
    private static String missingBrowser() {
        List<String> missing = new ArrayList<>();
        if (!(chromium().isFile() && chromium().canExecute())) {
            missing.add("Chromium not found at " + chromium() + " (install it or set THROUGHCARE_CHROME_BINARY)");
        }
        if (!(chromedriver().isFile() && chromedriver().canExecute())) {
            missing.add(
                    "chromedriver not found at " + chromedriver() + " (install it or set THROUGHCARE_CHROMEDRIVER)");
        }
        return missing.isEmpty() ? null : String.join("; ", missing);
    }

    /**
     * Skips the browser tests, with the reason, when no browser is installed; but not on CI (CI=true), where
     * {@link #startBrowser()} fails them instead. A condition rather than an assumption in {@code @BeforeAll}:
     * Failsafe reports each test as skipped with this message, and the application is never started.
     */
    static final class BrowserInstalled implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = missingBrowser();
            if (missing == null) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if ("true".equals(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: a missing browser fails the tests");
            }
            return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing);
        }
    }

    protected WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, such as "/sign-in", and scans the page. */
    protected void visit(String path) {
        driver.get("http://localhost:" + port + path);
        waitForPage();
        assertAccessible();
    }

    /** Clicks the button or link with exactly this text, waits for the next page and scans it. */
    /**
     * Waits until the page an action started on is gone. Mid-navigation, Chromium sometimes answers for a node
     * of the old document with "does not belong to the document" rather than a stale reference: gone too.
     */
    private void waitUntilReplaced(WebElement page) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException detached) {
                String message = detached.getMessage();
                if (message != null && message.contains("does not belong to the document")) {
                    return true;
                }
                throw detached;
            }
        });
    }

    protected void click(String text) {
        WebElement target = driver.findElement(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"
                + " | //a[normalize-space()=" + xpathLiteral(text) + "]"
                + " | //input[@type='submit' and @value=" + xpathLiteral(text) + "]"));
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        waitUntilReplaced(page);
        waitForPage();
        assertAccessible();
    }

    /** Clicks the first link or button whose text contains this text (for links with hidden context). */
    protected void clickContaining(String text) {
        WebElement target = driver.findElement(By.xpath("//a[contains(normalize-space(), " + xpathLiteral(text) + ")]"
                + " | //button[contains(normalize-space(), " + xpathLiteral(text) + ")]"));
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        waitUntilReplaced(page);
        waitForPage();
        assertAccessible();
    }

    /** Submits the page's main form with its submit button. */
    protected void clickSubmit() {
        clickElement(By.cssSelector("main form button[type=submit]"));
    }

    /** Clicks the first element matching, waits for the next page and scans it. */
    protected void clickElement(By locator) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(locator).click();
        waitUntilReplaced(page);
        waitForPage();
        assertAccessible();
    }

    /** Picks a radio button or ticks a checkbox by its label, inside the fieldset with this legend. */
    protected void choose(String legend, String option) {
        driver.findElement(By.xpath("//fieldset[legend[normalize-space()=" + xpathLiteral(legend) + "]]"
                        + "//label[normalize-space()=" + xpathLiteral(option) + "]"))
                .click();
    }

    /** Picks an option of the select with this id by its visible text. */
    protected void select(String id, String option) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(option);
    }

    /** Types into the field with this id, replacing what was there. */
    protected void fillIn(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Fills the GOV.UK date boxes of the field (its day box has the field's id) with the day of {@code when}. */
    protected void fillDate(String field, java.time.ZonedDateTime when) {
        fillIn(field, String.valueOf(when.getDayOfMonth()));
        fillIn(field + "-month", String.valueOf(when.getMonthValue()));
        fillIn(field + "-year", String.valueOf(when.getYear()));
    }

    /** Fills a step's date boxes and 24-hour time (the WhenForm fields "date" and "time"). */
    protected void fillWhen(java.time.ZonedDateTime when) {
        fillDate("date", when);
        fillIn("time", when.format(HOURS_AND_MINUTES));
    }

    /** Signs in through the sign-in page, opening it first unless the browser is already there. */
    protected void signIn(String username, String password) {
        if (!"/sign-in".equals(currentPath())) {
            visit("/sign-in");
        }
        fillIn("username", username);
        fillIn("password", password);
        click("Sign in");
    }

    /** Uses the "Sign out" button in the header. */
    protected void signOut() {
        click("Sign out");
    }

    /** A file the link with this text downloads, fetched in the browser's signed-in session. */
    protected Download download(String linkText) {
        String href = driver.findElement(By.xpath("//a[normalize-space()=" + xpathLiteral(linkText) + "]"))
                .getAttribute("href");
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("SESSION");
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(URI.create(href))
                                    .header("Cookie", "SESSION=" + session.getValue())
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected record Download(int status, String contentType, String body) {}

    /** The text of the page's h1. */
    protected String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    protected String currentPath() {
        String url = driver.getCurrentUrl();
        return url == null || !url.startsWith("http") ? "" : URI.create(url).getPath();
    }

    /** Path and query of every page scanned in this test, in order. */
    protected List<String> scannedPages() {
        return Collections.unmodifiableList(scannedPages);
    }

    /**
     * Runs axe-core on the current page and fails on any WCAG 2.2 A/AA violation. A page whose rendered
     * markup (less its CSRF token, which differs per session) is the same as one already scanned in this run
     * has the same result, so it is recorded as scanned without running axe again: the sign-in page, for
     * one, is reached in almost every test.
     */
    protected void assertAccessible() {
        String markup = CSRF_TOKEN
                .matcher((String)
                        ((JavascriptExecutor) driver).executeScript("return document.documentElement.outerHTML"))
                .replaceAll("$1");
        if (SCANNED_MARKUP.contains(markup)) {
            scannedPages.add(pathAndQuery());
            return;
        }
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        String page = pathAndQuery();
        assertNotNull(results, "axe returned no results for " + page);
        assertFalse(results.isErrored(), () -> "axe failed to run on " + page + ": " + results.getErrorMessage());
        // A scan that silently did nothing must not count as a pass.
        assertNotNull(results.getPasses(), "axe returned no passes list for " + page);
        assertFalse(results.getPasses().isEmpty(), "axe ran no checks on " + page);
        List<Rule> violations = results.getViolations() == null ? List.of() : results.getViolations();
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder()
                    .append(violations.size())
                    .append(" accessibility violation(s) on ")
                    .append(page)
                    .append(':');
            for (Rule rule : violations) {
                report.append("\n- ")
                        .append(rule.getId())
                        .append(" (")
                        .append(rule.getImpact())
                        .append("): ")
                        .append(rule.getHelp())
                        .append(" ")
                        .append(rule.getHelpUrl());
                for (CheckedNode node : rule.getNodes()) {
                    report.append("\n    at ").append(node.getTarget());
                }
            }
            fail(report.toString());
        }
        SCANNED_MARKUP.add(markup);
        scannedPages.add(page);
    }

    private String pathAndQuery() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private void waitForPage() {
        new WebDriverWait(driver, WAIT)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Adds a person with a made-up family name from the person search, and lands on their page. */
    protected void addPerson(String given, LocalDate born) {
        click("Find a person");
        click("Add a person");
        fillIn("givenName", given);
        fillIn(
                "familyName",
                "Ashdown" + org.throughcare.Fixtures.uniqueLetters().toLowerCase(java.util.Locale.UK));
        fillIn("dateOfBirth", String.valueOf(born.getDayOfMonth()));
        fillIn("dateOfBirth-month", String.valueOf(born.getMonthValue()));
        fillIn("dateOfBirth-year", String.valueOf(born.getYear()));
        choose("Stated sex", "Not known");
        click("Add person");
        assertThat(heading()).startsWith(given + " ");
    }

    /** Records a test on the person's page's "Record a drug test" form: theft, oral fluid, the results given. */
    protected void recordTest(ZonedDateTime arrested, String stage, String opiates, String cocaine) {
        select("suiteId", "Leeds District custody suite");
        fillDate("arrestDate", arrested);
        fillIn("arrestTime", arrested.format(HOURS_AND_MINUTES));
        choose("Offences", "Theft (trigger offence)");
        choose("When was the test?", stage);
        if (stage.equals("On charge")) {
            fillDate("chargeDate", arrested.plusMinutes(20));
            fillIn("chargeTime", arrested.plusMinutes(20).format(HOURS_AND_MINUTES));
            choose("Was an appropriate adult present? (under 18s)", "Yes");
        }
        choose(
                "Before the sample was requested, was the person warned that refusing without good cause is an offence?",
                "Yes");
        choose("Outcome", "Tested");
        fillDate("sampleDate", arrested.plusMinutes(30));
        fillIn("sampleTime", arrested.plusMinutes(30).format(HOURS_AND_MINUTES));
        choose("Type of sample", "Oral fluid");
        choose("Opiates (heroin)", opiates);
        choose("Cocaine (including crack)", cocaine);
        click("Record drug test");
    }
}
