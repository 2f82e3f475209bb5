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
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import org.tongxin.infra.edge.AssignedProposal;
import org.tongxin.infra.security.UserAccounts;

/**
 * Democratic supervision through HTTP only, as people and clients use it: the office files an entry, forms the team,
 * records an inspection whose finding goes to transport; transport receives, plans and reports; the team does not
 * accept the first answer, accepts the second, and closes the entry. A department officer reads only its own items;
 * another department is told the entry does not exist. Bad input is a 400 naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SupervisionHttpChainIT {

    private static final String SUBJECT = "地铁站周边共享单车停放秩序整治";
    private static final String FINDING = "龙城广场站B出口盲道被单车占用";
    /** The committee's zone, in which the pages' days begin and end. */
    private static final ZoneId COMMITTEE = ZoneId.of("Asia/Shanghai");

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
    CommandGateway commands;

    @Autowired
    ManagementService management;

    @Test
    void anEntryGoesFromFilingThroughInspectionAndTwoRoundsOfRectificationToClosure() throws Exception {
        ResponseEntity<String> filed = post(
                "staff",
                "/api/supervision",
                Map.of(
                        "subject",
                        SUBJECT,
                        "type",
                        "INSPECTION",
                        "planYear",
                        LocalDate.now(COMMITTEE).getYear(),
                        "departments",
                        List.of("交通运输局")));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(filed.getBody()).get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> rest.withBasicAuth("staff", "demo")
                .getForEntity("/api/supervision/" + id, String.class)
                .getStatusCode()
                .is2xxSuccessful());

        complete(
                "staff",
                awaitTask("staff", id, "Task_FormTeam"),
                Map.of("members", "member", "governmentInspectionOffice", true));
        complete(
                "staff",
                awaitTask("staff", id, "Task_RecordActivity"),
                Map.of(
                        "kind",
                        "INSPECTION",
                        "heldOn",
                        LocalDate.now(COMMITTEE).toString(),
                        "places",
                        "龙城广场地铁站",
                        "department",
                        "交通运输局",
                        "finding",
                        FINDING,
                        "rectify",
                        true,
                        "moreActivities",
                        false));

        // the entry under way is on the home page of the supervisor and of the leaders, not of a department
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page("supervisor", "/"))
                .contains("id=\"supervision-pool-list\"")
                .contains(SUBJECT));
        assertThat(page("leader", "/")).contains("id=\"supervision-pool-list\"");
        assertThat(page("dept-transport", "/")).doesNotContain("id=\"supervision-pool-list\"");

        String round1 = "rectification:" + id + "/transport/1";
        rectify(round1, "已清理");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page("staff", "/supervision/" + id))
                .contains(SUBJECT)
                .contains(FINDING)
                .contains("已清理"));
        complete(
                "staff",
                awaitTask("staff", id, "Task_VerifyRectification"),
                Map.of("verdict", "NOT_ACCEPT", "opinion", "盲道仍有单车"));

        String round2 = "rectification:" + id + "/transport/2";
        rectify(round2, "增设隔离桩并专人值守");
        String verify = awaitTask("staff", id, "Task_VerifyRectification");
        assertThat(page("staff", "/tasks/" + verify))
                .contains("id=\"supervision\"")
                .contains(FINDING);
        complete("staff", verify, Map.of("verdict", "ACCEPT"));
        complete("leader", awaitTask("leader", id, "Task_CloseEntry"), Map.of("result", "盲道畅通，整改到位"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode entry = api("staff", "/api/supervision/" + id).get("entry");
            assertThat(entry.get("status").asText()).isEqualTo("CLOSED");
            assertThat(entry.get("result").asText()).isEqualTo("盲道畅通，整改到位");
            assertThat(entry.get("items").findValuesAsText("status")).containsExactly("NOT_ACCEPTED", "ACCEPTED");
            assertThat(entry.get("team").get("governmentInspectionOffice").asBoolean())
                    .isTrue();
        });

        // as of the day before it was filed the entry was not in the pool; as of today it shows what was found, and
        // its timeline tells the rounds in words
        assertThat(page(
                        "staff",
                        "/supervision/" + id + "?asOf="
                                + LocalDate.now(COMMITTEE).minusDays(1)))
                .contains("id=\"asof-banner\"")
                .contains("尚未入库")
                .doesNotContain(FINDING);
        assertThat(page("staff", "/supervision/" + id + "?asOf=" + LocalDate.now(COMMITTEE)))
                .contains("id=\"asof-banner\"")
                .contains(FINDING)
                .contains("盲道畅通，整改到位");

        // the department sees its own items; another department is told the entry does not exist
        JsonNode transport = api("dept-transport", "/api/supervision/" + id);
        assertThat(transport.get("entry").get("items").findValuesAsText("department"))
                .containsOnly("transport");
        assertThat(transport.get("handlings").findValuesAsText("completionDue")).hasSize(2);
        assertThat(api("dept-transport", "/api/supervision").get("items").findValuesAsText("supervisionId"))
                .contains(id);
        assertThat(rest.withBasicAuth("dept-education", "demo")
                        .getForEntity("/api/supervision/" + id, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api("dept-education", "/api/supervision").get("items").findValuesAsText("supervisionId"))
                .doesNotContain(id);
        // the pool filters by status and words
        assertThat(api("leader", "/api/supervision?status=CLOSED&q=共享单车")
                        .get("items")
                        .findValuesAsText("supervisionId"))
                .contains(id);
    }

    @Test
    void theResultOfAClosedEntryReachesTheProposalsCaseAndTheCitizensTrackingPage() throws Exception {
        AssignedProposal source = AssignedProposal.to(commands, "education");
        // the case labels the key-proposal field resolves follow the event store asynchronously
        await().atMost(Duration.ofSeconds(20)).until(() -> rest.withBasicAuth("staff", "demo")
                .getForEntity("/api/proposals/" + source.proposalId(), String.class)
                .getStatusCode()
                .is2xxSuccessful());
        ResponseEntity<String> filed = post(
                "staff",
                "/api/supervision",
                Map.of(
                        "subject",
                        "校车接送路线调整督办",
                        "type",
                        "PROPOSAL",
                        "planYear",
                        LocalDate.now(COMMITTEE).getYear(),
                        "departments",
                        List.of("education"),
                        "keyProposal",
                        source.proposalId()));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(filed.getBody()).get("id").asText();
        complete("staff", awaitTask("staff", id, "Task_FormTeam"), Map.of("members", "member"));
        complete(
                "staff",
                awaitTask("staff", id, "Task_RecordActivity"),
                Map.of(
                        "kind",
                        "INSPECTION",
                        "heldOn",
                        LocalDate.now(COMMITTEE).toString(),
                        "places",
                        "实验小学",
                        "department",
                        "education",
                        "finding",
                        "路线已调整，早高峰不再经过主干道",
                        "rectify",
                        false,
                        "moreActivities",
                        false));
        complete("leader", awaitTask("leader", id, "Task_CloseEntry"), Map.of("result", "校车路线调整到位，家长满意"));

        // the proposal's case tells the result in words, and the clue it came from hears it (what its tracking page
        // shows)
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page("staff", "/cases/" + source.proposalId()))
                        .contains("民主监督议题办结")
                        .contains("校车路线调整到位，家长满意"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(api("staff", "/api/clues/" + source.clueId())
                                .path("lastFeedback")
                                .asText())
                        .isEqualTo("您反映的问题经政协民主监督跟踪督办，已办结：校车路线调整到位，家长满意"));
    }

    @Test
    void theOfficeEndsASpecialSupervisorsTermEarlyAndTheRegistryKeepsIt() throws Exception {
        LocalDate today = LocalDate.now(COMMITTEE);
        ResponseEntity<String> appointed = post(
                "staff",
                "/api/supervision/supervisors",
                Map.of(
                        "member",
                        "member2",
                        "department",
                        "transport",
                        "termStart",
                        today.minusYears(1).toString(),
                        "termEnd",
                        today.plusYears(1).toString()));
        assertThat(appointed.getStatusCode()).as(appointed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> noReason = post(
                "staff",
                "/api/supervision/supervisors/end",
                Map.of("member", "member2", "department", "transport", "endedOn", today.toString()));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("reason");
        ResponseEntity<String> byMember = post(
                "member2",
                "/api/supervision/supervisors/end",
                Map.of("member", "member2", "department", "transport", "endedOn", today.toString(), "reason", "调动"));
        assertThat(byMember.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> ended = post(
                "staff",
                "/api/supervision/supervisors/end",
                Map.of(
                        "member",
                        "member2",
                        "department",
                        "transport",
                        "endedOn",
                        today.minusDays(1).toString(),
                        "reason",
                        "工作调动，不再联系该单位"));
        assertThat(ended.getStatusCode()).as(ended.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        // a second early end finds no current term
        ResponseEntity<String> again = post(
                "staff",
                "/api/supervision/supervisors/end",
                Map.of("member", "member2", "department", "transport", "endedOn", today.toString(), "reason", "重复"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("SUPERVISOR-END-001");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode term = null;
            for (JsonNode t : api("staff", "/api/supervision/supervisors?department=transport")) {
                if ("member2".equals(t.get("memberId").asText())) {
                    term = t;
                }
            }
            assertThat(term).isNotNull();
            assertThat(term.path("endedOn").asText())
                    .isEqualTo(today.minusDays(1).toString());
            assertThat(term.path("endReason").asText()).isEqualTo("工作调动，不再联系该单位");
            assertThat(term.path("termEnd").asText())
                    .isEqualTo(today.plusYears(1).toString());
        });
        assertThat(page("staff", "/supervision/supervisors"))
                .contains("工作调动，不再联系该单位")
                .contains("已离任")
                .contains("id=\"end-term-form\"");
        assertThat(page("member", "/supervision/supervisors")).doesNotContain("id=\"end-term-form\"");
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        ResponseEntity<String> empty = post("staff", "/api/supervision", Map.of());
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("subject").contains("type").contains("departments");

        ResponseEntity<String> huge = post(
                "staff",
                "/api/supervision",
                Map.of(
                        "subject",
                        "字".repeat(201),
                        "type",
                        "SPECIAL",
                        "planYear",
                        2026,
                        "departments",
                        List.of("transport")));
        assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(huge.getBody()).contains("subject");

        ResponseEntity<String> nul = post(
                "staff",
                "/api/supervision",
                Map.of(
                        "subject",
                        "题\u0000目",
                        "type",
                        "SPECIAL",
                        "planYear",
                        2026,
                        "departments",
                        List.of("transport")));
        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> unknown = post(
                "staff",
                "/api/supervision",
                Map.of("subject", "题目", "type", "NOT_A_TYPE", "planYear", 2026, "departments", List.of("no-such")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("type").contains("departments");

        ResponseEntity<String> farYear = post(
                "leader",
                "/api/supervision",
                Map.of("subject", "题目", "type", "SPECIAL", "planYear", 2040, "departments", List.of("transport")));
        assertThat(farYear.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(farYear.getBody()).contains("SUPERVISION-REGISTER-004");

        // a script in the subject is stored as text and shown escaped
        ResponseEntity<String> script = post(
                "staff",
                "/api/supervision",
                Map.of(
                        "subject",
                        "<script>alert(1)</script>议题",
                        "type",
                        "SPECIAL",
                        "planYear",
                        LocalDate.now(COMMITTEE).getYear(),
                        "departments",
                        List.of("transport")));
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(script.getBody()).get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> rest.withBasicAuth("staff", "demo")
                .getForEntity("/api/supervision/" + id, String.class)
                .getStatusCode()
                .is2xxSuccessful());
        assertThat(page("staff", "/supervision/" + id))
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;");

        ResponseEntity<String> finding = post("member", "/api/supervision/findings", Map.of("department", "transport"));
        assertThat(finding.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(finding.getBody()).contains("subject").contains("route");
    }

    /** The department receives, plans and reports; its handling opens in a job of its own. */
    private void rectify(String item, String done) throws Exception {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(item)
                                .singleResult()
                        != null);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(item)
                .singleResult();
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
        complete(
                "dept-transport",
                awaitTask("dept-transport", item, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        complete(
                "dept-transport",
                awaitTask("dept-transport", item, "Task_PreHandlingContact"),
                Map.of("plannedOn", LocalDate.now(COMMITTEE).toString(), "plan", "一周内清理，两周内设置隔离设施"));
        complete(
                "dept-transport",
                awaitTask("dept-transport", item, "Task_Reply"),
                Map.of("action", "REPLY", "text", done, "evidence", "整改前后照片"));
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class);
    }

    private JsonNode api(String user, String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
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
                .exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST, new HttpEntity<>(body), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String page(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
