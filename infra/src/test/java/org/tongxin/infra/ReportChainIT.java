package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;
import org.tongxin.infra.security.UserAccounts;

/**
 * A public-opinion report through the HTTP API, as people make it: a citizen's clue is routed to a report, a member
 * writes it up with a co-author, the office returns it once, the member revises it, the office adopts it with an edit
 * (the member sees the diff), compiles it into a bulletin issue and publishes it, records a leader's instruction that
 * transfers it to two departments; both answer, and the author and the clue hear every answer. Bad input is refused
 * naming its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportChainIT {

    private static final String TITLE = "关于学校周边早晚高峰交通拥堵的情况反映";
    private static final String CONTENT = "龙城小学门口早晚高峰接送车辆占道，学生过马路危险。建议设置即停即走区、增派交警疏导。";
    private static final String EDITED = "龙城小学门口早晚高峰接送车辆占道。建议设置即停即走区、增派交警疏导。";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void aClueBecomesAReportThatIsReturnedRevisedAdoptedPublishedInstructedAndAnswered() throws Exception {
        // a citizen's clue, routed by the office to a public-opinion report
        JsonNode receipt = post(
                null,
                "/api/public/clues",
                Map.of(
                        "title", "学校门口接送车辆占道",
                        "content", "龙城小学门口早晚高峰接送车辆占道，学生过马路危险。",
                        "source", "CITIZEN_IDEA",
                        "district", "龙岗区",
                        "street", "龙城街道"),
                HttpStatus.CREATED);
        String clue = receipt.get("id").asText();
        String code = receipt.get("trackingCode").asText();
        complete(
                "staff",
                awaitTask("staff", clue, "Task_ClassifyClue"),
                Map.of("category", "交通出行", "route", "PUBLIC_OPINION_REPORT"));

        // the office's list offers the routed clue to write up
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page("staff", "/reports")).contains("据此撰写"));

        // the member writes it up, naming the clue by its tracking code and a co-author by name
        String report = post(
                        "member",
                        "/api/reports",
                        Map.of("title", TITLE, "content", CONTENT, "clue", code, "coAuthors", "李委员", "sector", "教育界"),
                        HttpStatus.CREATED)
                .get("id")
                .asText();

        // the clue's triage ends: converted into the report, linked
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(clue)
                            .processDefinitionKey("clue-triage")
                            .count())
                    .isZero();
            assertThat(api("staff", "/api/clues/" + clue).path("status").asText())
                    .isEqualTo("CONVERTED");
        });

        // the office's inbox names the report under review by its title, not as an unknown case
        String review = awaitTask("staff", report, "Task_ReviewReport");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page("staff", "/inbox")).contains("社情民意信息 · " + TITLE));

        // the office returns it once; the author revises through their task; it comes back to review
        complete("staff", review, Map.of("decision", "RETURN", "reason", "请补充涉及的学校和时段"));
        String revise = awaitTask("member", report, "Task_ReviseReport");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page("member", "/tasks/" + revise))
                .contains("请补充涉及的学校和时段")
                .contains(CONTENT));
        complete("member", revise, Map.of("title", TITLE, "content", CONTENT + "涉及时段为7:30-8:10。"));

        // adopted at city level with an edit: a new version, and the author sees what the editor changed
        complete(
                "staff",
                awaitTask("staff", report, "Task_ReviewReport"),
                Map.of("decision", "ADOPT", "level", "CITY", "editedContent", EDITED));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = api("member", "/api/reports/" + report);
            assertThat(view.path("status").asText()).isEqualTo("ADOPTED");
            assertThat(view.path("level").asText()).isEqualTo("CITY");
            assertThat(view.path("versions")).hasSize(3);
            assertThat(view.path("content").asText()).isEqualTo(EDITED);
            assertThat(view.path("coAuthors").get(0).asText()).isEqualTo("member2");
        });
        assertThat(page("member", "/reports/" + report))
                .contains("id=\"editor-diff\"")
                .contains("<del>，学生过马路危险</del>");
        // the co-author reads it too; another member does not see it
        assertThat(api("member2", "/api/reports/" + report).path("title").asText())
                .isEqualTo(TITLE);

        // the clue heard of the adoption and is closed (件件有回应)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        api("staff", "/api/clues/" + clue).path("status").asText())
                .isEqualTo("CLOSED"));

        // compiled into the next issue of the year, then published to a leader and a department
        JsonNode issue = post(
                "staff",
                "/api/bulletins",
                Map.of("reports", report, "editorNote", "本期关注学校周边交通安全。"),
                HttpStatus.CREATED);
        String bulletin = issue.path("id").asText();
        assertThat(issue.path("label").asText()).matches("\\d{4}年第\\d+期");
        post(
                "staff",
                "/api/bulletins/" + bulletin + "/publish",
                Map.of("leaders", "leader", "departments", "transport"),
                HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode contents = api("leader", "/api/bulletins/" + bulletin);
            assertThat(contents.path("reports").findValuesAsText("reportId")).containsExactly(report);
            assertThat(contents.path("bulletin").path("publishedAt").asText()).isNotEmpty();
            assertThat(api("member", "/api/reports/" + report)
                            .path("bulletinLabel")
                            .asText())
                    .isEqualTo(issue.path("label").asText());
        });
        // a report appears in one issue only
        ResponseEntity<String> twice = rest.withBasicAuth("staff", "demo")
                .postForEntity("/api/bulletins", Map.of("reports", report), String.class);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody()).contains("REPORT-BULLETIN-002");

        // a leader's instruction at city level transfers it to two departments
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        post(
                "staff",
                "/api/reports/" + report + "/instructions",
                Map.of(
                        "leader", "市委副书记 张明",
                        "level", "CITY",
                        "instructedOn", today,
                        "instruction", "请交通运输局、教育局研究落实。",
                        "departments", "transport, education"),
                HttpStatus.NO_CONTENT);
        for (String dept : List.of("transport", "education")) {
            String handling = HandlingId.of(new SourceRef(SourceKind.INSTRUCTION, report), new DepartmentCode(dept), 1)
                    .value();
            openTransferredHandling(handling);
            String officer = "dept-" + dept;
            complete(officer, awaitTask(officer, handling, "Task_ReceiveHandling"), Map.of("decision", "RECEIVE"));
            complete(
                    officer,
                    awaitTask(officer, handling, "Task_PreHandlingContact"),
                    Map.of("contactedOn", today, "method", "PHONE", "notes", "电话联系撰写人"));
            complete(
                    officer,
                    awaitTask(officer, handling, "Task_Reply"),
                    Map.of("action", "REPLY", "text", dept + " 已落实：设置即停即走区。"));
        }

        // the author sees both answers; the clue heard each of them
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = api("member", "/api/reports/" + report);
            assertThat(view.path("answers").findValuesAsText("department"))
                    .containsExactlyInAnyOrder("transport", "education");
            assertThat(view.path("instructions").get(0).get("level").asText()).isEqualTo("CITY");
        });
        assertThat(page("member", "/reports/" + report)).contains("已落实：设置即停即走区。");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        api("staff", "/api/cases/" + clue).toString())
                .contains("transport 已落实")
                .contains("education 已落实"));

        // the report page tells its story in words: drafted, adopted, the instruction, each department's answer
        assertThat(page("member", "/reports/" + report))
                .contains("id=\"timeline\"")
                .contains("领导批示（市委副书记 张明，市级），交 2 个单位办理")
                .contains("交通运输局");
        // as it stood the day before it was drafted it did not exist yet; as of today it is adopted
        assertThat(page(
                        "member",
                        "/reports/" + report + "?asOf=" + LocalDate.parse(today).minusDays(1)))
                .contains("id=\"asof-banner\"")
                .contains("尚未起草");
        assertThat(page("member", "/reports/" + report + "?asOf=" + today))
                .contains("id=\"asof-banner\"")
                .contains("已落实：设置即停即走区。");

        // a leader with an account is picked by name: the instruction is theirs, on their home page, with the
        // department's answer still to come
        post(
                "staff",
                "/api/reports/" + report + "/instructions",
                Map.of(
                        "leader", "陈志远",
                        "level", "DISTRICT",
                        "instructedOn", today,
                        "instruction", "请交通运输局一个月内报送进展。",
                        "departments", "transport"),
                HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page("leader", "/"))
                .contains("id=\"instructed-list\"")
                .contains(TITLE)
                .contains("交通运输局 · 待答复"));
        assertThat(page("member", "/reports/" + report)).contains("陈志远");
        assertThat(page("supervisor", "/")).doesNotContain("id=\"instructed-list\"");
        String second = HandlingId.of(new SourceRef(SourceKind.INSTRUCTION, report), new DepartmentCode("transport"), 2)
                .value();
        openTransferredHandling(second);
        complete(
                "dept-transport",
                awaitTask("dept-transport", second, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        complete(
                "dept-transport",
                awaitTask("dept-transport", second, "Task_PreHandlingContact"),
                Map.of("contactedOn", today, "method", "PHONE", "notes", "电话联系撰写人"));
        complete(
                "dept-transport",
                awaitTask("dept-transport", second, "Task_Reply"),
                Map.of("action", "REPLY", "text", "一个月进展：即停即走区已启用。"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(page("leader", "/")).contains("承办单位均已答复").contains("交通运输局 · 已答复"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        ResponseEntity<String> empty =
                rest.withBasicAuth("member", "demo").postForEntity("/api/reports", Map.of(), String.class);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("title").contains("content");

        ResponseEntity<String> huge = rest.withBasicAuth("member", "demo")
                .postForEntity("/api/reports", Map.of("title", "太长", "content", "字".repeat(1501)), String.class);
        assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(huge.getBody()).contains("content");

        ResponseEntity<String> nul = rest.withBasicAuth("member", "demo")
                .postForEntity("/api/reports", Map.of("title", "标\u0000题", "content", "内容"), String.class);
        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nul.getBody()).contains("title");

        ResponseEntity<String> unknownMember = rest.withBasicAuth("member", "demo")
                .postForEntity("/api/reports", Map.of("title", "题", "content", "内容", "coAuthors", "无此人"), String.class);
        assertThat(unknownMember.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownMember.getBody()).contains("coAuthors");

        ResponseEntity<String> notRouted = rest.withBasicAuth("member", "demo")
                .postForEntity(
                        "/api/reports", Map.of("title", "题", "content", "内容", "clue", "TX-NOSUCH00"), String.class);
        assertThat(notRouted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notRouted.getBody()).contains("clue");

        ResponseEntity<String> officer = rest.withBasicAuth("dept-transport", "demo")
                .postForEntity("/api/reports", Map.of("title", "题", "content", "内容"), String.class);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> badStatus =
                rest.withBasicAuth("staff", "demo").getForEntity("/api/reports?status=NOPE", String.class);
        assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void scriptInAReportIsShownAsText() throws Exception {
        String report = post(
                        "member",
                        "/api/reports",
                        Map.of("title", "<script>alert(1)</script>标题", "content", "<b>内容</b>", "action", "SAVE"),
                        HttpStatus.CREATED)
                .get("id")
                .asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page("member", "/reports/" + report))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;标题")
                .doesNotContain("<script>alert(1)"));
        assertThat(api("member", "/api/reports/" + report).path("status").asText())
                .isEqualTo("DRAFT");
    }

    @Test
    void thePageRefusesAControlCharacterBesideItsFieldAndKeepsTheRest() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/reports/new")
                                .param("title", "标\u0000题")
                                .param("content", "内容保留")
                                .param("action", "SUBMIT")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(user(accounts.loadUserByUsername("member"))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("id=\"report-form\"")
                .contains("控制字符")
                .contains("内容保留");
    }

    private JsonNode post(String user, String path, Map<String, ?> body, HttpStatus expected) throws Exception {
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        ResponseEntity<String> response = client.postForEntity(path, body, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        return response.getBody() == null ? null : json.readTree(response.getBody());
    }

    private JsonNode api(String user, String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode tasks(String user, String businessKey) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/api/tasks?businessKey={key}", String.class, businessKey);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private String awaitTask(String user, String businessKey, String key) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            for (JsonNode task : tasks(user, businessKey)) {
                                if (key.equals(task.get("key").asText())) {
                                    return task.get("id").asText();
                                }
                            }
                            return null;
                        },
                        id -> id != null);
    }

    private void complete(String user, String taskId, Map<String, Object> body) {
        ResponseEntity<String> done = rest.withBasicAuth(user, "demo")
                .exchange(
                        "/api/tasks/" + taskId + "/complete",
                        HttpMethod.POST,
                        new HttpEntity<>(new HashMap<>(body)),
                        String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void openTransferredHandling(String handling) {
        ProcessInstance instance = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(handling)
                                .singleResult(),
                        i -> i != null);
        List<Job> jobs = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .list();
        assertThat(jobs).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    private String page(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
