package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.infra.directory.TrackingLookup;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClue;

/**
 * The whole chain in a real browser (Debian's chromium and chromedriver, headless), as its users click it: a citizen
 * submits an idea, staff classify it, a member adopts it and drafts a proposal, staff file it and assign it to two
 * departments separately as a key proposal, whose supervising leader finds it on their home page and records a 督办
 * meeting on their phone, both departments receive, contact and reply, the member evaluates both, staff record the
 * committee's vote, and the citizen's tracking page shows the feedback. The member and the transport officer work at phone width (390 px), everyone else at a
 * desk (1366 px); every step is looked at in both widths, with a screenshot each in {@code target/screenshots}, and
 * no page may scroll sideways, and no page may show a raw code or a UUID in its visible text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BrowserChainIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESK = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]{3,}_[A-Z_]+\\b");
    /** The committee's zone, in which the domain's days begin and end. */
    static final java.time.ZoneId COMMITTEE = java.time.ZoneId.of("Asia/Shanghai");

    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;

    @Autowired
    TrackingLookup tracking;

    @Autowired
    QueryGateway queries;

    WebDriver driver;
    WebDriverWait wait;
    HeadlessChromium browser;
    int step;
    Dimension working = DESK;
    String inboxPath = "/";

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(1366, 900);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCitizensIdeaTravelsTheWholeChainAndTheCitizenSeesTheFeedback() throws Exception {
        // A citizen on a phone submits an idea.
        work(PHONE);
        driver.get(url("/public/submit"));
        type("title", "地铁出口共享单车乱停放");
        type("content", "龙城街道地铁站A出口被共享单车占用，学生上学通行困难，建议划定停放区。");
        type("district", "龙岗区");
        type("street", "龙城街道");
        type("name", "陈小明");
        type("phone", "13900001111");
        driver.findElement(By.id("consent")).click();
        look("citizen-submits");
        driver.findElement(By.id("submit")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code")))
                .getText();
        assertThat(code).matches("TX-[0-9A-Z]{8}");
        look("citizen-receives-tracking-code");
        String clue = tracking.clueIdFor(code).orElseThrow();

        // Staff classify it at a desk; an empty category is refused inline first.
        work(DESK);
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
        look("staff-sees-inline-error");
        type("category", "交通出行");
        select("route", "PUBLISH_FOR_ADOPTION");
        look("staff-classifies");
        complete();

        // A member on a phone adopts it and drafts a proposal; the member sees the submitter's contact masked.
        work(PHONE);
        login("member");
        assertThat(driver.findElement(By.cssSelector(".topbar .who")).getText()).contains("王委员");
        openTask("Task_AdoptClue", clue);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("认领线索");
        assertThat(driver.findElement(By.id("case")).getText())
                .contains("地铁出口共享单车乱停放")
                .doesNotContain("陈小明")
                .contains("139****1111");
        look("member-adopts");
        // adopting leads straight on to drafting, the member's next step of the same clue
        driver.findElement(By.id("complete")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-done")))
                        .getText())
                .startsWith("已完成：认领线索");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("起草提案");
        assertThat(driver.findElements(By.id("task-form"))).isNotEmpty();
        type("title", "关于规范地铁出口共享单车停放的提案");
        type("content", "建议在地铁出口划定共享单车停放区，学校周边加强巡查，企业承担调度责任。");
        look("member-drafts-proposal");
        complete();
        String proposal = await().atMost(Duration.ofSeconds(20))
                .until(() -> clueView(clue).targetId(), id -> id != null);

        // Staff file it and assign it to transport and education separately.
        work(DESK);
        login("staff");
        openTask("Task_ReviewFiling", proposal);
        select("decision", "FILE");
        type("category", "城市管理");
        look("staff-files");
        complete();
        openTask("Task_AssignDepartments", proposal);
        select("mode", "SEPARATE");
        assertThat(driver.findElement(By.name("lead")).isDisplayed()).isFalse();
        type("separate", "transport, education");
        type("supervisingLeader", "陈志远");
        look("staff-assigns-two-departments");
        complete();

        // The supervising leader, on a phone, finds the key proposal with each department's clock and records a
        // meeting.
        work(PHONE);
        login("leader");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/"));
            assertThat(driver.findElement(By.id("key-proposals")).getText())
                    .contains("交通运输局")
                    .contains("教育局")
                    .contains("个工作日");
        });
        look("leader-sees-key-proposal");
        driver.get(url("/cases/" + proposal));
        driver.findElement(By.id("record-meeting-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-form")));
        date("heldOn", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        type("participants", "区政协副主席陈志远，区交通运输局、区教育局分管负责同志");
        for (WebElement department : driver.findElements(By.name("departments"))) {
            department.click();
        }
        type("agreed", "两周内在地铁出口划定停放区，学校周边加强巡查。");
        look("leader-records-meeting");
        driver.findElement(By.id("record-meeting")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        // the proposal's read model follows the event store asynchronously
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/cases/" + proposal));
            assertThat(driver.findElement(By.id("key-proposal")).getText())
                    .contains("两周内在地铁出口划定停放区")
                    .contains("交通运输局");
        });
        look("leader-sees-meeting-on-case");

        // Transport, on a phone, claims its item; education can neither see it in its inbox nor open it by its address.
        work(PHONE);
        login("dept-transport");
        assertThat(driver.findElement(By.cssSelector(".topbar .who")).getText()).contains("交通运输局承办员");
        String transportHandling = proposal + "/transport/1";
        row("Task_ReceiveHandling", transportHandling)
                .findElement(By.cssSelector("button.claim"))
                .click();
        WebElement claimed = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table[data-list=mine] " + rowSelector("Task_ReceiveHandling", transportHandling))));
        String transportTask =
                claimed.findElement(By.cssSelector("a.task-link")).getAttribute("href");
        look("transport-claims");
        work(DESK);
        login("dept-education");
        assertThat(driver.findElements(By.cssSelector("tr[data-business-key^='" + transportHandling + "']")))
                .isEmpty();
        driver.get(transportTask);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("内容不存在");
        look("education-cannot-open-transports-task");

        // Each department receives, contacts the proposer and replies.
        for (String department : List.of("transport", "education")) {
            String handling = proposal + "/" + department + "/1";
            work(department.equals("transport") ? PHONE : DESK);
            login("dept-" + department);
            openTask("Task_ReceiveHandling", handling);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("签收或退回");
            select("decision", "RECEIVE");
            look(department + "-receives");
            complete();
            openTask("Task_PreHandlingContact", handling);
            date("contactedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")));
            select("method", "PHONE");
            type("notes", "电话联系王委员，了解站点情况。");
            look(department + "-contacts-proposer");
            complete();
            openTask("Task_Reply", handling);
            select("action", "REPLY");
            select("outcome", "A");
            type("text", (department.equals("transport") ? "交通运输局" : "教育局") + "已落实：划定停放区并加强巡查。");
            look(department + "-replies");
            complete();
        }

        // The member evaluates both replies, on the phone.
        work(PHONE);
        login("member");
        for (String department : List.of("transport", "education")) {
            openTask("Task_EvaluateReply", proposal + "/" + department + "/1");
            select("handlingWork", "SATISFIED");
            select("result", "SATISFIED");
            look("member-evaluates-" + department);
            complete();
        }

        // Staff record the committee's vote on how the key proposal was handled; only then does it close.
        work(DESK);
        login("staff");
        openTask("Task_RecordHandlingVote", proposal);
        type("voters", "45");
        type("satisfied", "31");
        type("basicallySatisfied", "8");
        type("unsatisfied", "2");
        type("abstained", "1");
        look("staff-records-vote");
        complete();

        // The citizen's tracking page shows the feedback with what each department wrote, and no one's personal data.
        driver.manage().deleteAllCookies();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            driver.get(url("/public/track/" + code));
            assertThat(driver.findElements(By.id("feedback"))).isNotEmpty();
        });
        String feedback = driver.findElement(By.id("feedback")).getText();
        assertThat(feedback)
                .contains("已形成提案并办结")
                .contains("A类")
                .contains("交通运输局")
                .contains("交通运输局已落实：划定停放区并加强巡查。")
                .contains("教育局已落实：划定停放区并加强巡查。");
        assertThat(driver.getPageSource()).doesNotContain("陈小明").doesNotContain("13900001111");
        look("citizen-sees-feedback");

        // Staff look back at the case: its process diagrams with the path taken, its timeline; then the statistics.
        work(DESK);
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
        look("staff-sees-case-diagram");
        scrollTo("timeline");
        look("staff-sees-case-timeline");
        driver.get(url("/stats"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts canvas")));
        assertThat(driver.findElement(By.id("stats-table")).getText())
                .contains("交通运输局")
                .contains("n=");
        look("staff-sees-statistics");
    }

    /**
     * One consultation as its users click it: a citizen's idea routed to a consultation topic, the topic made from
     * the clue's page, approved by a leader, prepared by a member, its meeting recorded and its suggestion
     * transferred by the office, answered by the transport department on the adoption scale, its result recorded;
     * the citizen's tracking page tells the outcome.
     */
    @Test
    void aClueBecomesAConsultationTopicWhoseOutcomeTheCitizenSees() throws Exception {
        work(PHONE);
        driver.get(url("/public/submit"));
        type("title", "市场门口过马路太危险");
        type("content", "海吉星市场门口车多，老人买菜过马路要绕很远。");
        type("district", "龙岗区");
        type("street", "布吉街道");
        driver.findElement(By.id("submit")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code")))
                .getText();
        String clue = tracking.clueIdFor(code).orElseThrow();

        work(DESK);
        login("staff");
        openTask("Task_ClassifyClue", clue);
        type("category", "交通出行");
        select("route", "CONSULTATION_TOPIC");
        complete();
        // the clue's page offers to make the topic, with the clue already named
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/clues/" + clue));
            assertThat(driver.findElements(By.id("make-topic"))).isNotEmpty();
        });
        driver.findElement(By.id("make-topic")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topic-form")));
        type("title", "海吉星市场周边行人过街难");
        type("background", "市场周边早晚高峰拥堵，行人过街需绕行。");
        select("kind", "NEIGHBOURHOOD");
        type("street", "布吉街道");
        type("departments", "交通运输局");
        look("staff-makes-topic-from-clue");
        driver.findElement(By.cssSelector("#topic-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topic-status")));
        String topic = driver.getCurrentUrl().replaceAll(".*/consultations/([^?]+).*", "$1");
        look("staff-sees-new-topic");

        login("leader", "/inbox");
        openTask("Task_ApproveTopic", topic);
        select("decision", "APPROVE");
        look("leader-approves-topic");
        complete();

        work(PHONE);
        login("member");
        openTask("Task_PrepareTopic", topic);
        select("preparation", "DONE");
        type("report", "过街需求集中在早晚高峰，建议建设人行天桥。");
        look("member-prepares-topic");
        complete();

        work(DESK);
        login("staff");
        openTask("Task_ScheduleMeeting", topic);
        date("meetingOn", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        type("place", "布吉街道办");
        complete();
        openTask("Task_RecordMeeting", topic);
        date("heldOn", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        type("residentCount", "12");
        type("minutes", "与会各方同意建设人行天桥。");
        look("staff-records-meeting");
        complete();
        openTask("Task_ItemizeSuggestions", topic);
        type("text", "在市场门口建设人行天桥");
        type("departments", "交通运输局");
        select("next", "TRANSFER");
        look("staff-transfers-suggestion");
        complete();

        String handling = "consultation_suggestion:" + topic + ".1/transport/1";
        runTransferJob(handling);
        work(PHONE);
        login("dept-transport");
        openTask("Task_ReceiveHandling", handling);
        assertThat(driver.findElement(By.id("consultation-topic")).getText()).contains("在市场门口建设人行天桥");
        select("decision", "RECEIVE");
        look("transport-receives-suggestion");
        complete();
        openTask("Task_PreHandlingContact", handling);
        date("contactedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        select("method", "PHONE");
        type("notes", "与牵头委员沟通选址。");
        complete();
        openTask("Task_Reply", handling);
        select("action", "REPLY");
        select("adoption", "ADOPTED");
        type("text", "已列入年度计划，三个月内建成人行天桥。");
        date("plannedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3));
        look("transport-answers-suggestion");
        complete();

        work(DESK);
        login("staff");
        openTask("Task_RecordResult", topic);
        type("summary", "人行天桥三个月内建成。");
        select("asReport", "NO");
        complete();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            driver.get(url("/consultations/" + topic));
            assertThat(driver.findElement(By.id("topic-status")).getText()).isEqualTo("已办结");
        });
        assertThat(driver.findElement(By.id("suggestions")).getText())
                .contains("交通运输局")
                .contains("采纳");
        look("staff-sees-concluded-topic");

        driver.manage().deleteAllCookies();
        work(PHONE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            driver.get(url("/public/track/" + code));
            assertThat(driver.findElement(By.id("feedback")).getText()).contains("协商办结");
        });
        look("citizen-sees-consultation-outcome");
    }

    @Test
    void aMembersReportIsAdoptedPublishedInstructedAndAnsweredAndTheAuthorSeesTheAnswer() throws Exception {
        // a member on a phone writes a report and submits it
        work(PHONE);
        login("member");
        driver.get(url("/reports/new"));
        type("title", "关于学校周边早高峰接送车辆乱停的建议");
        type("content", "龙城小学周边早高峰接送车辆占道停放，学生过马路危险，建议设置即停即走区并安排交警疏导。");
        look("member-drafts-report");
        driver.findElement(By.id("submit-report")).click();
        wait.until(d -> d.getCurrentUrl().matches(".*/reports/[^/?]+(\\?.*)?")
                && !d.getCurrentUrl().contains("/new"));
        String report = driver.getCurrentUrl().replaceAll(".*/reports/([^?/]+).*", "$1");
        // the report's page follows the event store asynchronously
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/reports/" + report));
            assertThat(driver.findElement(By.id("report-status")).getText()).isEqualTo("已报送");
        });

        // the office adopts it at a desk
        work(DESK);
        login("staff");
        openTask("Task_ReviewReport", report);
        select("decision", "ADOPT");
        select("level", "DISTRICT");
        look("staff-adopts-report");
        complete();

        // compiled into an issue of the bulletin and published to a leader and a department
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/bulletins/new"));
            assertThat(driver.findElements(By.cssSelector("input[name=report][value='" + report + "']")))
                    .isNotEmpty();
        });
        driver.findElement(By.cssSelector("input[name=report][value='" + report + "']"))
                .click();
        type("editorNote", "本期关注学校周边交通安全。");
        look("staff-compiles-bulletin");
        driver.findElement(By.id("compile-bulletin")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/bulletins/new"));
        String bulletin = driver.getCurrentUrl().replaceAll(".*/bulletins/([^?/]+).*", "$1");
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/bulletins/" + bulletin));
            assertThat(driver.findElements(By.id("publish-bulletin"))).isNotEmpty();
        });
        assertThat(driver.findElement(By.id("contents")).getText()).contains("关于学校周边早高峰接送车辆乱停的建议");
        type("leaders", "陈志远");
        type("departments", "交通运输局");
        driver.findElement(By.id("publish-bulletin")).click();
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/bulletins/" + bulletin));
            assertThat(driver.findElements(By.id("recipients"))).isNotEmpty();
        });
        assertThat(driver.findElement(By.id("bulletin-title")).getText()).startsWith("《社情民意》");
        look("staff-publishes-bulletin");

        // the office records the leader's instruction, picked by name, transferring the matter to transport
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/reports/" + report));
            assertThat(driver.findElements(By.id("record-instruction"))).isNotEmpty();
        });
        type("leader", "陈志远");
        select("level", "DISTRICT");
        date("instructedOn", LocalDate.now(COMMITTEE));
        type("instruction", "请交通运输局会同教育局研究落实。");
        type("departments", "交通运输局");
        look("staff-records-instruction");
        driver.findElement(By.id("record-instruction")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-done")));
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/reports/" + report));
            assertThat(driver.findElement(By.id("instructions")).getText()).contains("陈志远");
        });

        // the leader finds their instruction on their home page, the department's answer still to come
        login("leader", "/");
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(url("/"));
            assertThat(driver.findElement(By.id("instructed-list")).getText())
                    .contains("关于学校周边早高峰接送车辆乱停的建议")
                    .contains("交通运输局 · 待答复");
        });
        look("leader-sees-own-instruction");

        // the transport officer receives, contacts and answers on a phone
        String handling = "instruction:" + report + "/transport/1";
        runTransferJob(handling);
        work(PHONE);
        login("dept-transport");
        openTask("Task_ReceiveHandling", handling);
        select("decision", "RECEIVE");
        complete();
        openTask("Task_PreHandlingContact", handling);
        date("contactedOn", LocalDate.now(COMMITTEE));
        select("method", "PHONE");
        type("notes", "电话联系撰写人了解情况。");
        complete();
        openTask("Task_Reply", handling);
        select("action", "REPLY");
        type("text", "已在龙城小学门口设置即停即走区，早高峰安排交警疏导。");
        look("transport-answers-instruction");
        complete();

        // the author reads the answer and the report's story on its page
        login("member");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            driver.get(url("/reports/" + report));
            assertThat(driver.findElement(By.id("instructions")).getText())
                    .contains("交通运输局")
                    .contains("已在龙城小学门口设置即停即走区");
        });
        assertThat(driver.findElement(By.id("report-status")).getText()).isEqualTo("已采用");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("领导批示");
        look("member-sees-answer");
    }

    @Test
    void aSupervisionEntryIsInspectedRectifiedTwiceAndClosedThroughTheUi() throws Exception {
        // the office files an entry
        work(DESK);
        login("staff");
        driver.get(url("/supervision/new"));
        type("subject", "地铁站周边盲道被占用整治");
        type("description", "群众反映多个地铁站出口盲道被共享单车占用。");
        select("type", "INSPECTION");
        type("departments", "交通运输局");
        look("staff-files-entry");
        driver.findElement(By.id("file-entry")).click();
        WebElement link = await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            driver.get(url("/supervision"));
                            return driver.findElements(By.linkText("地铁站周边盲道被占用整治"));
                        },
                        links -> !links.isEmpty())
                .get(0);
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        String entry = driver.getCurrentUrl().replaceAll(".*/supervision/([^?/]+).*", "$1");

        // the team is formed and inspects; the finding goes to transport for rectification
        openTask("Task_FormTeam", entry);
        type("members", "王委员");
        complete();
        openTask("Task_RecordActivity", entry);
        select("kind", "INSPECTION");
        date("heldOn", LocalDate.now(COMMITTEE));
        type("places", "龙城广场地铁站");
        type("participants", "委员、工作人员");
        type("department", "交通运输局");
        type("finding", "B出口盲道被单车占用");
        driver.findElement(By.id("f-rectify")).click();
        look("staff-records-inspection");
        complete();

        rectifyInBrowser("rectification:" + entry + "/transport/1", "已清理单车并划线");
        work(DESK);
        login("staff");
        openTask("Task_VerifyRectification", entry);
        select("verdict", "NOT_ACCEPT");
        type("opinion", "盲道仍有单车停放");
        look("staff-does-not-accept");
        complete();

        rectifyInBrowser("rectification:" + entry + "/transport/2", "增设隔离桩，安排专人值守");
        work(DESK);
        login("staff");
        openTask("Task_VerifyRectification", entry);
        select("verdict", "ACCEPT");
        complete();
        openTask("Task_CloseEntry", entry);
        type("result", "盲道畅通，整改到位");
        complete();

        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            driver.get(url("/supervision/" + entry));
            assertThat(driver.findElement(By.cssSelector("main .facts .badge")).getText())
                    .isEqualTo("已办结");
        });
        assertThat(driver.findElement(By.id("entry-result")).getText()).isEqualTo("盲道畅通，整改到位");
        assertThat(driver.findElement(By.id("rectification")).getText())
                .contains("未通过，已再次交办")
                .contains("验收通过")
                .contains("增设隔离桩，安排专人值守");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("议题办结");
        look("staff-sees-closed-entry");
    }

    /** Transport receives the rectification item on a phone, reports its plan and then what it did. */
    private void rectifyInBrowser(String item, String done) throws IOException {
        runTransferJob(item);
        work(PHONE);
        login("dept-transport");
        openTask("Task_ReceiveHandling", item);
        select("decision", "RECEIVE");
        complete();
        openTask("Task_PreHandlingContact", item);
        date("plannedOn", LocalDate.now(COMMITTEE));
        type("plan", "一周内清理，两周内设置隔离设施");
        complete();
        openTask("Task_Reply", item);
        select("action", "REPLY");
        type("text", done);
        type("evidence", "整改前后照片");
        look("transport-answers-rectification");
        complete();
    }

    /** A suggestion's handling starts in a job of its own after the transfer; the tests run jobs by hand. */
    private void runTransferJob(String handling) {
        var instance = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(handling)
                                .singleResult(),
                        i -> i != null);
        var job = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .singleResult();
        management.executeJob(job.getId());
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
        login(user, "/");
    }

    /** Signs in and works from {@code inbox}: a leader's home page is not the inbox. */
    private void login(String user, String inbox) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        type("username", user);
        type("password", "demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        inboxPath = inbox;
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        if (!inbox.equals("/")) {
            driver.get(url(inbox));
        }
        // a leader's and a supervisor's day starts on their home page, everyone else's in the inbox
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox, #home")));
    }

    private static String rowSelector(String taskKey, String businessKey) {
        return "tr[data-task-key='" + taskKey + "'][data-business-key='" + businessKey + "']";
    }

    private WebElement row(String taskKey, String businessKey) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            driver.get(url(inboxPath));
                            assertThat(longScript("return document.documentElement.scrollWidth"))
                                    .as("the inbox scrolls sideways at " + working.width + " px")
                                    .isLessThanOrEqualTo(longScript("return document.documentElement.clientWidth"));
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

    /** The width the current person works at: the steps run there, and each look also checks the other width. */
    private void work(Dimension size) {
        working = size;
        driver.manage().window().setSize(size);
    }

    /**
     * This step's page as a person sees it, at both widths: a full-page screenshot each, no sideways scrolling, no
     * action past the screen's edge, tap targets of at least 44 px on the phone, and no raw code or UUID in the
     * visible text.
     */
    private void look(String name) throws IOException {
        step++;
        String page = driver.getCurrentUrl().replace(url(""), "");
        for (Dimension size : List.of(working, working.equals(DESK) ? PHONE : DESK)) {
            driver.manage().window().setSize(size);
            wait.until(d -> longScript("return window.innerWidth") <= size.width);
            String where = name + " (" + page + ") at " + size.width + " px";
            assertThat(longScript("return document.documentElement.scrollWidth"))
                    .as(where + ": the page scrolls sideways")
                    .isLessThanOrEqualTo(longScript("return document.documentElement.clientWidth"));
            assertThat(strings("return Array.from(document.querySelectorAll('a.btn, button'))"
                            + ".filter(e => e.offsetParent && e.getBoundingClientRect().right > window.innerWidth + 1)"
                            + ".map(e => e.textContent.trim())"))
                    .as(where + ": actions past the screen's edge")
                    .isEmpty();
            if (size.equals(PHONE)) {
                assertThat(strings("return Array.from(document.querySelectorAll('main a.btn, main button'))"
                                + ".filter(e => e.offsetParent && e.getBoundingClientRect().height < 43.5)"
                                + ".map(e => e.textContent.trim())"))
                        .as(where + ": tap targets lower than 44 px")
                        .isEmpty();
            }
            fullPageShot(String.format("%02d-%s-%d.png", step, name, size.width));
        }
        driver.manage().window().setSize(working);
        List<String> found = new ArrayList<>();
        String text = (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
        RAW_CODE.matcher(text).results().map(MatchResult::group).distinct().forEach(found::add);
        UUID.matcher(text).results().map(MatchResult::group).distinct().forEach(found::add);
        assertThat(found)
                .as(name + " (" + page + "): raw codes or UUIDs on screen")
                .isEmpty();
    }

    private void fullPageShot(String file) throws IOException {
        Dimension size = driver.manage().window().getSize();
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        long height = Math.min(longScript("return document.documentElement.scrollHeight"), 6000);
        driver.manage().window().setSize(new Dimension(size.width, (int) Math.max(size.height, height)));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(size);
    }

    private long longScript(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(script);
    }
}
