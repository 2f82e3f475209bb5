package org.tongxin.infra.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.infra.process.Scenario;
import org.tongxin.infra.web.HeadlessChromium;

/**
 * The designer's day in the studio in a real browser (headless chromium): a draft of the department handling, the
 * reply-deadline timer typed as a fixed duration, the check finds it and marks the timer on the diagram, the timer is
 * put back to the calendar's expression, the check passes, the draft deploys, the running case is moved to the new
 * version in a batch, and the department's inbox shows the case, now running on the new version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Scenario.class)
class StudioBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String HANDLING = "department-handling";
    private static final String TIMER = "Timer_ReplyDue";
    private static final String CALENDAR_EXPRESSION = "${deadlines.dayAfter(replyDue)}";

    @LocalServerPort
    int port;

    @Autowired
    Scenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    WebDriver driver;
    WebDriverWait wait;
    HeadlessChromium browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(1366, 900);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        Scenario.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aDesignerFixesTheReplyTimerDeploysAndMovesTheRunningCase() throws Exception {
        String title = "浏览器迁移" + System.nanoTime();
        String proposal = scenario.proposalFromClue(scenario.submitClue(title), null, title);
        scenario.fileAndAssign(proposal, Map.of("mode", "SEPARATE", "separate", "transport"));
        String handling = proposal + "/transport/1";
        ProcessInstance before = instance(handling);
        int from = version(before);

        login("designer");
        driver.get(url("/studio/" + HANDLING));
        driver.findElement(By.cssSelector("#new-draft button[type=submit]")).click();
        WebElement timer = wait.until(ExpectedConditions.presenceOfElementLocated(svgElement(TIMER)));
        shot("studio-draft");

        // a fixed duration where the calendar's expression belongs
        select(timer);
        setTimer("P3M");
        driver.findElement(By.id("studio-check")).click();
        WebElement finding = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#studio-findings li[data-element='" + TIMER + "']")));
        assertThat(finding.getText()).isNotBlank();
        wait.until(d -> d.findElement(svgElement(TIMER)).getAttribute("class").contains("tx-finding"));
        shot("studio-finding");

        // the finding leads to its element; the calendar's expression goes back
        finding.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("p-timer")));
        setTimer(CALENDAR_EXPRESSION);
        driver.findElement(By.id("studio-check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#studio-status.studio-ok")));
        assertThat(driver.findElements(By.cssSelector("#studio-findings li"))).isEmpty();
        assertThat(driver.findElement(svgElement(TIMER)).getAttribute("class")).doesNotContain("tx-finding");

        driver.findElement(By.id("studio-deploy")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("studio-next")))
                .click();

        // the migration page: the running case of the old version, chosen by its number
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("migrate-filter")));
        new Select(driver.findElement(By.id("m-from"))).selectByValue(String.valueOf(from));
        WebElement key = driver.findElement(By.id("m-key"));
        key.clear();
        key.sendKeys(proposal);
        driver.findElement(By.cssSelector("#migrate-filter button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#migrate-run button[type=submit]")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-running")));
        shot("studio-batch-running");

        // the job executor's part, which the test profile leaves to the test
        runBatchJobs();
        WebElement done = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-done")));
        assertThat(done.getText()).contains("迁移 1 件");
        assertThat(driver.findElement(By.id("migration-report")).getText())
                .contains(title)
                .contains("已迁移");
        shot("studio-batch-done");

        ProcessInstance after = instance(handling);
        assertThat(version(after)).isGreaterThan(from);

        // the department's inbox shows the case; its task belongs to the new version
        login("dept-transport");
        wait.until(d -> {
            d.get(url("/inbox"));
            return d.findElement(By.tagName("main")).getText().contains(title);
        });
        shot("inbox-after-migration");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(after.getId())
                        .taskDefinitionKey("Task_ReceiveHandling")
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(after.getProcessDefinitionId());
    }

    private static By svgElement(String id) {
        return By.cssSelector("#studio-modeler g.djs-element[data-element-id='" + id + "']");
    }

    /** Selects a diagram element as a click would, at its place on the canvas. */
    private void select(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(element)
                .click()
                .perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("p-timer")));
    }

    private void setTimer(String value) {
        WebElement input = driver.findElement(By.id("p-timer"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
        wait.until(d -> value.equals(d.findElement(By.id("p-timer")).getAttribute("value")));
    }

    private void runBatchJobs() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private void login(String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private ProcessInstance instance(String businessKey) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(HANDLING)
                .processInstanceBusinessKey(businessKey)
                .singleResult();
    }

    private int version(ProcessInstance instance) {
        return repository
                .getProcessDefinition(instance.getProcessDefinitionId())
                .getVersion();
    }

    private void shot(String name) throws IOException {
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve("studio-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
