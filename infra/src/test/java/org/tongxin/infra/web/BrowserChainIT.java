package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.infra.intake.TrackingLookup;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClue;

/**
 * The whole chain in a real browser (Debian's chromium and chromedriver, headless), as its users click it: a citizen
 * submits an idea, staff classify it, a member adopts it and drafts a proposal, staff file it and assign it to two
 * departments separately, both receive, contact and reply, the member evaluates both, and the citizen's tracking
 * page shows the feedback. A screenshot per step lands in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BrowserChainIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    TrackingLookup tracking;

    @Autowired
    QueryGateway queries;

    WebDriver driver;
    WebDriverWait wait;
    Path profile;
    int step;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // In CI a missing browser is a failure, not a skip: .ci/run installs it.
        Assumptions.assumeTrue(
                installed || "true".equals(System.getenv("CI")),
                "Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install chromium chromium-driver)");
        // Never let Selenium Manager look for or download a driver or browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("tongxin-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aCitizensIdeaTravelsTheWholeChainAndTheCitizenSeesTheFeedback() throws Exception {
        // A citizen on a phone-sized page submits an idea.
        driver.get(url("/public/submit"));
        type("title", "地铁出口共享单车乱停放");
        type("content", "龙城街道地铁站A出口被共享单车占用，学生上学通行困难，建议划定停放区。");
        type("district", "龙岗区");
        type("street", "龙城街道");
        type("name", "陈小明");
        type("phone", "13900001111");
        driver.findElement(By.id("consent")).click();
        shot("citizen-submits");
        driver.findElement(By.id("submit")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code")))
                .getText();
        assertThat(code).matches("TX-[0-9A-Z]{8}");
        shot("citizen-receives-tracking-code");
        String clue = tracking.clueIdFor(code).orElseThrow();

        // Staff classify it; an empty category is refused inline first.
        login("staff");
        openTask("Task_ClassifyClue", clue);
        // The case beside the task comes from the clue pool, which follows the event store asynchronously.
        wait.until(d -> {
            if (d.findElement(By.id("case")).getText().contains("地铁出口共享单车乱停放")) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        assertThat(driver.findElement(By.id("case")).getText())
                .contains("地铁出口共享单车乱停放")
                .contains("陈小明");
        select("route", "PUBLISH_FOR_ADOPTION");
        driver.findElement(By.id("complete")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("err-category")))
                        .getText())
                .isEqualTo("此项为必填项。");
        shot("staff-sees-inline-error");
        type("category", "交通出行");
        select("route", "PUBLISH_FOR_ADOPTION");
        shot("staff-classifies");
        complete();

        // A member adopts it and drafts a proposal; the member sees the submitter's contact masked.
        login("member");
        openTask("Task_AdoptClue", clue);
        assertThat(driver.findElement(By.id("case")).getText())
                .doesNotContain("陈小明")
                .contains("139****1111");
        shot("member-adopts");
        complete();
        openTask("Task_DraftProposal", clue);
        type("title", "关于规范地铁出口共享单车停放的提案");
        type("content", "建议在地铁出口划定共享单车停放区，学校周边加强巡查，企业承担调度责任。");
        shot("member-drafts-proposal");
        complete();
        String proposal = await().atMost(Duration.ofSeconds(20))
                .until(() -> clueView(clue).targetId(), id -> id != null);

        // Staff file it and assign it to transport and education separately.
        login("staff");
        openTask("Task_ReviewFiling", proposal);
        select("decision", "FILE");
        type("category", "城市管理");
        shot("staff-files");
        complete();
        openTask("Task_AssignDepartments", proposal);
        select("mode", "SEPARATE");
        assertThat(driver.findElement(By.name("lead")).isDisplayed()).isFalse();
        type("separate", "transport, education");
        shot("staff-assigns-two-departments");
        complete();

        // Transport claims its item; education can neither see it in its inbox nor open it by its address.
        login("dept-transport");
        String transportHandling = proposal + "/transport/1";
        row("Task_ReceiveHandling", transportHandling)
                .findElement(By.cssSelector("button.claim"))
                .click();
        WebElement claimed = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table[data-list=mine] " + rowSelector("Task_ReceiveHandling", transportHandling))));
        String transportTask =
                claimed.findElement(By.cssSelector("a.task-link")).getAttribute("href");
        shot("transport-claims");
        login("dept-education");
        assertThat(driver.findElements(By.cssSelector("tr[data-business-key^='" + transportHandling + "']")))
                .isEmpty();
        driver.get(transportTask);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("内容不存在");
        shot("education-cannot-open-transports-task");

        // Each department receives, contacts the proposer and replies.
        for (String department : List.of("transport", "education")) {
            String handling = proposal + "/" + department + "/1";
            login("dept-" + department);
            openTask("Task_ReceiveHandling", handling);
            select("decision", "RECEIVE");
            shot(department + "-receives");
            complete();
            openTask("Task_PreHandlingContact", handling);
            date("contactedOn", LocalDate.now());
            select("method", "PHONE");
            type("notes", "电话联系王委员，了解站点情况。");
            shot(department + "-contacts-proposer");
            complete();
            openTask("Task_Reply", handling);
            select("action", "REPLY");
            select("outcome", "A");
            type("text", (department.equals("transport") ? "交通运输局" : "教育局") + "已落实：划定停放区并加强巡查。");
            shot(department + "-replies");
            complete();
        }

        // The member evaluates both replies.
        login("member");
        for (String department : List.of("transport", "education")) {
            openTask("Task_EvaluateReply", proposal + "/" + department + "/1");
            select("handlingWork", "SATISFIED");
            select("result", "SATISFIED");
            shot("member-evaluates-" + department);
            complete();
        }

        // The citizen's tracking page shows the feedback, and no one's personal data.
        driver.manage().deleteAllCookies();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            driver.get(url("/public/track/" + code));
            assertThat(driver.findElements(By.id("feedback"))).isNotEmpty();
        });
        String feedback = driver.findElement(By.id("feedback")).getText();
        assertThat(feedback).contains("已形成提案并办结").contains("A类");
        assertThat(driver.getPageSource()).doesNotContain("陈小明").doesNotContain("13900001111");
        shot("citizen-sees-feedback");

        // Staff look back at the case: its process diagrams with the path taken, its timeline; then the statistics.
        login("staff");
        // the handlings' read model follows the event store asynchronously
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            driver.get(url("/cases/" + proposal));
            assertThat(driver.findElement(By.id("handlings")).getText())
                    .contains("交通运输局")
                    .contains("教育局");
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagrams .tx-done")));
        assertThat(driver.findElements(By.cssSelector("#diagrams figure"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThan(10);
        scrollTo("diagram-card");
        shot("staff-sees-case-diagram");
        scrollTo("timeline");
        shot("staff-sees-case-timeline");
        driver.get(url("/stats"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts canvas")));
        assertThat(driver.findElement(By.id("stats-table")).getText())
                .contains("交通运输局")
                .contains("n=");
        shot("staff-sees-statistics");
    }

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private ClueSummary clueView(String clue) {
        return queries.query(new FindClue(clue), ResponseTypes.optionalInstanceOf(ClueSummary.class))
                .join()
                .orElseThrow();
    }

    private void login(String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        type("username", user);
        type("password", "demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
    }

    private static String rowSelector(String taskKey, String businessKey) {
        return "tr[data-task-key='" + taskKey + "'][data-business-key='" + businessKey + "']";
    }

    private WebElement row(String taskKey, String businessKey) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            driver.get(url("/"));
                            return driver.findElements(By.cssSelector(rowSelector(taskKey, businessKey)));
                        },
                        rows -> !rows.isEmpty())
                .get(0);
    }

    private void openTask(String taskKey, String businessKey) {
        row(taskKey, businessKey).findElement(By.cssSelector("a.task-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
    }

    private void complete() {
        driver.findElement(By.id("complete")).click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-done")));
        assertThat(done.getText()).startsWith("已完成");
    }

    private void type(String name, String value) {
        WebElement input = driver.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    private void select(String name, String value) {
        new Select(driver.findElement(By.name(name))).selectByValue(value);
    }

    /** Date inputs take keystrokes in the browser's locale format; setting the value is locale-free. */
    private void date(String name, LocalDate value) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];", driver.findElement(By.name(name)), value.toString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shot(String name) throws IOException {
        step++;
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(
                file,
                SCREENSHOTS.resolve(String.format("%02d-%s.png", step, name)),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
