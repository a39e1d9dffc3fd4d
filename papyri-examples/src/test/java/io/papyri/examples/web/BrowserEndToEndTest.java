package io.papyri.examples.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.Rating;
import io.papyri.examples.cli.GeneratedPaper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the web app in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}
 * packages, never a downloaded browser or driver): search arXiv (a WireMock server on 127.0.0.1
 * serving recorded answers from the shared corpus), open a result and follow its preparation, read
 * the summary and follow a citation, ask, chat, and rate. Screenshots of each main step go to
 * {@code target/screenshots/}.
 */
class BrowserEndToEndTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Map<String, Optional<String>> SAVED_PROPERTIES = new HashMap<>();

    /** The first entry of search-testing-start10-max10.atom.xml. */
    private static final String FIRST_ID = "2403.16981v2";
    private static final String FIRST_TITLE = "The Sample Complexity of Simple Binary Hypothesis Testing";

    /** Records the class of each progress step as it is shown; sessionStorage outlives the reload. */
    private static final String STEP_RECORDER = """
            document.addEventListener('DOMContentLoaded', function () {
              var list = document.getElementById('progress');
              if (!list) { return; }
              new MutationObserver(function (mutations) {
                mutations.forEach(function (m) {
                  m.addedNodes.forEach(function (n) {
                    if (n.nodeType === 1 && n.className && n.className.indexOf('step-') === 0) {
                      var steps = JSON.parse(sessionStorage.getItem('papyri-steps') || '[]');
                      steps.push(n.className.slice(5));
                      sessionStorage.setItem('papyri-steps', JSON.stringify(steps));
                    }
                  });
                });
              }).observe(list, {childList: true});
            });
            """;

    /** Every visible form control without a label or an ARIA name, as markup. */
    private static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('input, select, textarea')).filter(function (e) {
              if (e.type === 'hidden') { return false; }
              if ((e.getAttribute('aria-label') || '').trim() || e.getAttribute('aria-labelledby')) { return false; }
              return !(e.labels && Array.from(e.labels).some(function (l) { return l.textContent.trim().length > 0; }));
            }).map(function (e) { return e.outerHTML; });
            """;

    /** The innermost elements whose box or content reaches past the right edge of the page. */
    private static final String TOO_WIDE = """
            var limit = document.documentElement.clientWidth + 1;
            function right(e) {
              var box = e.getBoundingClientRect();
              return Math.max(box.right, box.left + e.scrollWidth) + window.scrollX;
            }
            return Array.from(document.querySelectorAll('body *')).filter(function (e) {
              if (right(e) <= limit) { return false; }
              return !Array.from(e.children).some(function (c) { return right(c) > limit; });
            }).slice(0, 10).map(function (e) {
              return e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (e.id ? '#' + e.id : '')
                  + ' (reaches ' + Math.round(right(e)) + 'px): ' + e.textContent.trim().slice(0, 80);
            });
            """;

    @TempDir
    Path dir;

    private WireMockServer arxiv;
    private WebFixture fixture;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private int shot;

    @BeforeAll
    static void noDownloads() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + "; install them with: apt-get install -y chromium chromium-driver");
        // Selenium passes SE_* system properties to Selenium Manager as its environment: never
        // download a browser or driver, and send no usage statistics
        for (String key : List.of("SE_OFFLINE", "SE_AVOID_STATS")) {
            SAVED_PROPERTIES.put(key, Optional.ofNullable(System.getProperty(key)));
            System.setProperty(key, "true");
        }
    }

    @AfterAll
    static void restoreProperties() {
        SAVED_PROPERTIES.forEach((key, value) -> value.ifPresentOrElse(v -> System.setProperty(key, v),
                () -> System.clearProperty(key)));
        SAVED_PROPERTIES.clear();
    }

    @AfterEach
    void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            try {
                if (fixture != null) {
                    fixture.close();
                }
            } finally {
                if (arxiv != null) {
                    arxiv.stop();
                }
            }
        }
    }

    @Test
    void searchOpenReadAskChatAndRate() throws Exception {
        Path corpus = corpus();
        arxiv = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        arxiv.start();
        String base = "http://127.0.0.1:" + arxiv.port();
        arxiv.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/atom+xml; charset=UTF-8")
                .withBody(Files.readAllBytes(corpus.resolve("arxiv-api/search-testing-start10-max10.atom.xml")))));
        byte[] pdf = Files.readAllBytes(GeneratedPaper.write(dir.resolve("arxiv-paper.pdf"), GeneratedPaper.TITLE));
        // a little delay so the first step stays on screen long enough to be seen
        arxiv.stubFor(get(urlPathEqualTo("/pdf/" + FIRST_ID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdf).withFixedDelay(1500)));
        fixture = WebFixture.start(dir.resolve("app"), WebSettings.local(0), GeneratedPaper.TITLE, Map.of(
                "papyri.arxiv.api-url", base + "/api/query",
                "papyri.arxiv.pdf-url", base + "/pdf/",
                "papyri.arxiv.min-interval", "PT0S",
                "papyri.arxiv.max-retries", "0"), Optional.empty());
        startBrowser(1280, 900);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", STEP_RECORDER));

        // search
        driver.get(fixture.base() + "/");
        WebElement query = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        screenshot("home");
        query.sendKeys("testing");
        driver.findElement(By.cssSelector("main form.search button[type=submit]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.results li.result"), 10));
        screenshot("results");
        assertThat(driver.getCurrentUrl()).contains("/search?").contains("q=testing");
        List<WebElement> results = driver.findElements(By.cssSelector("ol.results li.result"));
        WebElement first = results.get(0);
        assertThat(first.findElement(By.cssSelector("a.result-title")).getText()).isEqualTo(FIRST_TITLE);
        assertThat(first.findElement(By.cssSelector(".meta")).getText())
                .contains("Ankit Pensia, Varun Jog, Po-Ling Loh").contains("2024-03-25").contains(FIRST_ID);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.findElement(By.cssSelector("a.result-title")).getText()).isNotBlank();
            assertThat(result.findElement(By.cssSelector(".meta")).getText()).isNotBlank();
        });
        assertThat(driver.findElement(By.cssSelector("ol.results")).getText())
                .contains("Model-based Testing of Scratch Programs");

        // open the first result: its progress, then the paper
        first.findElement(By.cssSelector("a.result-title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress li.step-downloading")));
        screenshot("progress");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(FIRST_ID);
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-title")));
        screenshot("paper");
        assertThat(driver.getCurrentUrl()).endsWith("/papers/arxiv:" + FIRST_ID);
        assertThat(title.getText()).isEqualTo(GeneratedPaper.TITLE);
        Object steps = driver.executeScript("return JSON.parse(sessionStorage.getItem('papyri-steps') || '[]');");
        assertThat(steps).as("the progress steps shown before the reload")
                .isEqualTo(List.of("downloading", "extracting", "summarizing", "ready"));
        arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo("/pdf/" + FIRST_ID)));

        // the summary and a citation to its paragraph
        List<WebElement> sentences = driver.findElements(By.cssSelector("#summary-text p.sentence"));
        assertThat(sentences).isNotEmpty();
        assertThat(sentences).allSatisfy(s -> assertThat(s.findElement(By.cssSelector("a.citation")).getText())
                .matches("\\[.+, p\\. \\d+]"));
        WebElement citation = driver.findElements(By.cssSelector("#summary-text a.citation")).stream()
                .filter(a -> String.valueOf(a.getAttribute("href")).matches(".*#para-\\d+"))
                .findFirst().orElseThrow(() -> new AssertionError("no summary citation links to a paragraph: "
                        + driver.findElement(By.id("summary-text")).getAttribute("innerHTML")));
        String href = citation.getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        citation.click();
        wait.until(ExpectedConditions.urlMatches(".*#para-\\d+$"));
        assertThat(driver.getCurrentUrl()).endsWith("#" + anchor);
        WebElement paragraph = driver.findElement(By.cssSelector(".reader p#" + anchor));
        assertThat(paragraph.getText()).isNotBlank();
        screenshot("citation");

        // ask
        driver.findElement(By.id("question")).sendKeys("What does the reader turn paper layouts into?");
        driver.findElement(By.cssSelector("#ask-form button[type=submit]")).click();
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#answers .answer .answer-text")));
        assertThat(answer.getText()).isNotBlank();
        WebElement box = driver.findElement(By.cssSelector("#answers .answer"));
        assertThat(box.findElement(By.cssSelector("p.question")).getText())
                .isEqualTo("What does the reader turn paper layouts into?");
        assertThat(box.findElement(By.cssSelector("p.meta")).getText()).matches("[a-z_]+ · confidence \\d\\.\\d\\d");
        List<WebElement> evidence = box.findElements(By.cssSelector("ul.evidence li"));
        assertThat(evidence).isNotEmpty();
        assertThat(evidence.get(0).findElement(By.cssSelector("a.citation")).getText()).matches("\\[.+, p\\. \\d+]");
        assertThat(box.findElements(By.cssSelector("form.rating"))).hasSize(1);
        screenshot("answer");

        // chat, streamed
        driver.findElement(By.id("chat-message")).sendKeys("Which page describes the method?");
        driver.findElement(By.cssSelector("#chat-form button[type=submit]")).click();
        WebElement reply = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#chat-log .chat-reply[data-done='true']")));
        assertThat(driver.findElement(By.cssSelector("#chat-log p.chat-user")).getText())
                .isEqualTo("Which page describes the method?");
        assertThat(reply.findElement(By.cssSelector(".chat-text")).getText()).isNotBlank();
        assertThat(reply.findElements(By.cssSelector("form.rating"))).hasSize(1);
        screenshot("chat");

        // rate the summary
        WebElement rating = driver.findElement(By.cssSelector("section.summary form.rating"));
        String outputId = rating.getAttribute("data-output");
        rating.findElement(By.cssSelector("input[name=score][value='4']")).click();
        rating.findElement(By.cssSelector("input[name=comment]")).sendKeys("Clear and cited");
        rating.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(rating.findElement(By.cssSelector(".rating-status")),
                "Thank you"));
        assertThat(rating.getAttribute("data-rated")).isEqualTo("4");
        screenshot("rated");

        List<Rating> stored = fixture.papyri().allRatings(FeedbackQuery.all());
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.score()).isEqualTo(4);
            assertThat(r.comment()).isEqualTo("Clear and cited");
            assertThat(r.outputId()).isEqualTo(outputId);
            assertThat(r.paperId().toString()).isEqualTo("arxiv:" + FIRST_ID);
        });
    }

    @Test
    void aTitleHoldingMarkupIsShownAsText() throws Exception {
        String markup = "<script>window.__xss=1</script>";
        fixture = WebFixture.start(dir, WebSettings.local(0), markup, Map.of(), Optional.empty());
        startBrowser(1280, 900);

        driver.get(fixture.base() + PageRoutes.paperHref(fixture.paper().id()));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-title")));
        screenshot("markup-title");

        assertThat(title.getText()).contains("<script>").contains("window.__xss");
        assertThat(driver.executeScript("return typeof window.__xss;")).isEqualTo("undefined");
        assertThat(driver.findElements(By.cssSelector("main script"))).isEmpty();

        driver.get(fixture.base() + "/library");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.results li a")));
        assertThat(driver.findElement(By.cssSelector("ul.results")).getText()).contains("<script>");
        assertThat(driver.executeScript("return typeof window.__xss;")).isEqualTo("undefined");
    }

    @Test
    void onAPhoneThePaperFitsTheScreenAndEveryControlHasALabel() throws Exception {
        fixture = WebFixture.start(dir);
        startBrowser(390, 844);
        SoftAssertions softly = new SoftAssertions();

        driver.get(fixture.base() + PageRoutes.paperHref(fixture.paper().id()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-title")));
        screenshot("phone-paper");
        fitsTheScreenAndLabelsEveryControl(softly);

        driver.get(fixture.base() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        screenshot("phone-home");
        fitsTheScreenAndLabelsEveryControl(softly);

        softly.assertAll();
    }

    private void fitsTheScreenAndLabelsEveryControl(SoftAssertions softly) {
        Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Number client = (Number) driver.executeScript("return document.documentElement.clientWidth;");
        softly.assertThat(scroll.intValue())
                .as("scrollWidth against clientWidth %s on %s; too wide: %s", client, driver.getCurrentUrl(),
                        driver.executeScript(TOO_WIDE))
                .isLessThanOrEqualTo(client.intValue() + 1);
        softly.assertThat(driver.executeScript(UNLABELLED))
                .as("form controls without a label on %s", driver.getCurrentUrl()).isEqualTo(List.of());
    }

    private void startBrowser(int width, int height) throws IOException {
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        if (width < 600) {
            // desktop Chromium keeps windows wider than a phone; emulate the phone's viewport instead
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", true));
        }
        wait = new WebDriverWait(driver, PATIENCE);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "screenshots"));
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        String test = getClass().getSimpleName();
        Files.copy(file, folder.resolve(String.format("%s-%02d-%s.png", test, ++shot, name)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path corpus() {
        String shared = System.getProperty("papyri.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("arxiv-api")),
                "the shared corpus (recorded arXiv answers) is not at " + corpus
                        + "; set papyri.shared.dir to the folder holding corpus/");
        return corpus;
    }
}
