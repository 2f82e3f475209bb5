package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page a citizen or a member uses, in a real browser at a phone's width (390 px): no page scrolls sideways,
 * and every visible link, button and form field is at least 44 px high and 44 px wide, so a thumb can hit it (a
 * checkbox counts by its label, which toggles it). Then a member writes a proposal on the phone, saves it as a
 * draft, opens it again from his list, completes it and submits it, and finds it submitted in his list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PhoneWidthIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots", "phone");
    static final Dimension PHONE = new Dimension(390, 844);
    static final int TAP = 44;

    /**
     * The visible interactive elements smaller than a thumb, each as "tag 'text' W×H". A checkbox or radio counts by
     * its label; an element inside a closed menu or a hidden part is not visible, so not counted.
     */
    static final String SMALL_TARGETS =
            """
            const out = [];
            const tap = arguments[0];
            for (const e of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
              if (e.type === 'hidden') continue;
              const style = getComputedStyle(e);
              if (style.visibility === 'hidden' || style.display === 'none') continue;
              let box = e;
              if ((e.type === 'checkbox' || e.type === 'radio') && e.closest('label')) box = e.closest('label');
              const r = box.getBoundingClientRect();
              if (!r.width || !r.height || !box.offsetParent && style.position !== 'fixed') continue;
              if (r.height < tap - 0.5 || r.width < tap - 0.5) {
                const text = (box.innerText || box.value || box.name || box.id || '').trim().slice(0, 20);
                out.push(box.tagName.toLowerCase() + " '" + text + "' " + Math.round(r.width) + 'x' + Math.round(r.height));
              }
            }
            return out;""";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    WebDriver driver;
    WebDriverWait wait;
    HeadlessChromium browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(390, 844);
        driver = browser.driver();
        driver.manage().window().setSize(PHONE);
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
    void everyPageOfCitizensAndMembersFitsAPhone() throws Exception {
        // what the pages show: a citizen's idea with its tracking code, a member's draft and a submitted proposal
        String receipt = mvc.perform(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "title", "小区门口路灯不亮",
                                "content", "吉祥社区东门路灯损坏多日，夜间出行不便。",
                                "source", "CITIZEN_IDEA",
                                "district", "龙岗区",
                                "street", "龙岗街道"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String code = json.readTree(receipt).get("trackingCode").asText();
        String draft = apiDraft(Map.of("title", "关于规范社区快递柜收费的提案", "content", "快递柜超时收费标准不一。"));
        String submitted = apiDraft(Map.of("title", "关于增加公交夜班线路的提案", "content", "夜间公交覆盖不足。", "action", "SUBMIT"));
        awaitReadable(draft);
        awaitReadable(submitted);

        List<String> problems = new ArrayList<>();
        for (String page : List.of(
                "/public/submit", "/public/track", "/public/track/" + code, "/public/consultations", "/login")) {
            problems.addAll(check(page));
        }
        login("member");
        for (String page : List.of(
                "/",
                "/inbox",
                "/my",
                "/proposals",
                "/proposals/new",
                "/proposals/" + draft + "/edit",
                "/proposals/" + submitted + "/withdraw",
                "/cases/" + submitted,
                "/reports",
                "/reports/new",
                "/members/member",
                "/clues",
                "/consultations")) {
            problems.addAll(check(page));
        }
        assertThat(problems).as("pages at 390 px").isEmpty();
    }

    @Test
    void aMemberWritesAndSubmitsAProposalOnHisPhone() throws Exception {
        login("member");
        driver.get(url("/proposals"));
        driver.findElement(By.id("new-proposal")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-form")));
        type("title", "关于在地铁站增设母婴室的提案");
        // saving without the case is refused beside the field, and what was typed stays
        driver.findElement(By.id("save-proposal")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("err-content")))
                        .getText())
                .isEqualTo("此项为必填项。");
        assertThat(driver.findElement(By.name("title")).getAttribute("value")).isEqualTo("关于在地铁站增设母婴室的提案");
        assertThat(check("/proposals/new (refused)", false)).isEmpty();
        type("content", "龙岗区多数地铁站没有母婴室，哺乳期旅客不便。");
        new Select(driver.findElement(By.name("category"))).selectByVisibleText("交通出行");
        driver.findElement(By.id("save-proposal")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-done")))
                        .getText())
                .isEqualTo("草稿已保存。您可以继续修改，也可以提交。");
        shot("draft-saved");

        // the draft, back from the list, completed with suggestions and a co-signer, and submitted
        WebElement edit = wait.until(d -> {
            List<WebElement> links = d.findElements(By.xpath("//section[@id='drafts']//a[text()='关于在地铁站增设母婴室的提案']"));
            if (links.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return links.get(0);
        });
        edit.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-form")));
        assertThat(driver.findElement(By.name("content")).getAttribute("value")).contains("哺乳期旅客");
        type("suggestions", "一、新建站点同步建设母婴室；二、既有站点利用闲置空间改造。");
        type("coSigners", "李委员");
        assertThat(check("/proposals/{id}/edit", false)).isEmpty();
        driver.findElement(By.id("submit-proposal")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-done")))
                        .getText())
                .isEqualTo("提案已提交，进入联名确认。");
        WebElement item = wait.until(d -> {
            List<WebElement> found =
                    d.findElements(By.xpath("//section[@id='submitted']//li[.//a[contains(text(),'关于在地铁站增设母婴室的提案')]]"));
            if (found.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
        assertThat(item.getText()).contains("待联名确认").contains("委员联名");
        assertThat(check("/proposals (submitted)", false)).isEmpty();
        shot("submitted");

        // the co-signer confirms on his phone, from the task page beside the proposal
        String proposal = item.getAttribute("data-proposal");
        String task =
                new org.tongxin.infra.tasks.TaskApi(mvc, json).task("member2", proposal, "Task_ConfirmCoSignature");
        login("member2");
        assertThat(check("/tasks/" + task)).isEmpty();
        assertThat(driver.findElement(By.id("item")).getText())
                .contains("关于在地铁站增设母婴室的提案")
                .contains("新建站点同步建设母婴室");
    }

    private String apiDraft(Map<String, String> body) throws Exception {
        String created = mvc.perform(post("/api/proposals")
                        .with(httpBasic("member", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(created).get("id").asText();
    }

    private void awaitReadable(String proposal) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/cases/" + proposal).with(httpBasic("member", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
    }

    private List<String> check(String path) throws IOException {
        driver.get(url(path));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return check(path, true);
    }

    /** The current page's problems at 390 px; {@code shoot} saves a screenshot too. */
    @SuppressWarnings("unchecked")
    private List<String> check(String name, boolean shoot) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        List<String> problems = new ArrayList<>();
        assertThat(inner).as("the window is a phone's").isLessThanOrEqualTo(PHONE.width);
        if (scroll > inner) {
            problems.add(name + ": scrolls sideways (" + scroll + " > " + inner + ")");
        }
        for (String small : (List<String>) js.executeScript(SMALL_TARGETS, TAP)) {
            problems.add(name + ": " + small);
        }
        if (shoot) {
            shot(name.replaceAll("[^A-Za-z0-9]+", "_"));
        }
        return problems;
    }

    private void shot(String name) throws IOException {
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void login(String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        type("username", user);
        type("password", "demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void type(String name, String value) {
        WebElement input = driver.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
