package org.tongxin.infra.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.infra.process.EngineClock;
import org.tongxin.infra.process.Scenario;
import org.tongxin.infra.security.UserAccounts;

/**
 * The studio through its API on the real engine: a draft with a literal timer is found out on its element and cannot
 * deploy; fixed, it deploys as a new version recorded with its designer and in the audit log; running cases — one
 * waiting on a timer, one inside the multi-instance department handling — move to the new versions, keep their due
 * date and go on there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({EngineClock.class, Scenario.class})
class StudioIT {

    private static final String HANDLING = "department-handling";
    private static final String LIFECYCLE = "proposal-lifecycle";
    private static final String RETURN_TIMER = "${deadlines.dayAfter(returnWindowEnds)}";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    @Autowired
    Scenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    @AfterEach
    void resetClock() {
        Scenario.reset();
    }

    @Test
    void aDraftWithALiteralTimerIsRefusedOnItsElementAndDeploysOnceFixed() throws Exception {
        int before = latestVersion(HANDLING);
        String deployed = body(mvc.perform(get("/api/processes/" + HANDLING + "/versions/latest/xml")
                        .with(httpBasic("designer", "demo")))
                .andReturn());
        long draft = createDraft(HANDLING, deployed.replace(RETURN_TIMER, "P10D"));

        JsonNode check =
                json.readTree(body(mvc.perform(post("/api/processes/" + HANDLING + "/drafts/" + draft + "/validate")
                                .with(httpBasic("designer", "demo")))
                        .andReturn()));
        assertThat(check.get("valid").asBoolean()).isFalse();
        assertThat(check.get("findings").findValuesAsText("elementId")).contains("Timer_ReturnWindowEnds");
        assertThat(check.get("findings").findValuesAsText("rule")).contains("LITERAL_TIMER");

        MvcResult refused = mvc.perform(post("/api/processes/" + HANDLING + "/drafts/" + draft + "/deploy")
                        .with(httpBasic("designer", "demo")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(body(refused)).get("elementIds").findValuesAsText(""))
                .isNotNull();
        assertThat(json.readTree(body(refused)).get("elementIds").toString()).contains("Timer_ReturnWindowEnds");
        assertThat(latestVersion(HANDLING)).isEqualTo(before);

        MvcResult saved = mvc.perform(put("/api/processes/" + HANDLING + "/drafts/" + draft)
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(renamedReceiveTask(deployed)))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        MvcResult deploy = mvc.perform(post("/api/processes/" + HANDLING + "/drafts/" + draft + "/deploy")
                        .with(httpBasic("designer", "demo")))
                .andReturn();
        assertThat(deploy.getResponse().getStatus()).as(body(deploy)).isEqualTo(201);
        assertThat(json.readTree(body(deploy)).get("version").asInt()).isEqualTo(before + 1);

        JsonNode versions = json.readTree(
                body(mvc.perform(get("/api/processes/" + HANDLING + "/versions").with(httpBasic("designer", "demo")))
                        .andReturn()));
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(before + 1);
        assertThat(versions.get(0).get("deployedBy").asText()).isEqualTo("designer");

        JsonNode diff = json.readTree(body(mvc.perform(get("/api/processes/" + HANDLING + "/diff")
                        .param("from", String.valueOf(before))
                        .param("to", "latest")
                        .with(httpBasic("designer", "demo")))
                .andReturn()));
        assertThat(diff.get("changed").has("Task_ReceiveHandling")).isTrue();
        assertThat(diff.get("added").size() + diff.get("removed").size()).isZero();
        MvcResult diffPage = mvc.perform(
                        get("/studio/" + HANDLING + "/diff").with(user(accounts.loadUserByUsername("designer"))))
                .andReturn();
        assertThat(diffPage.getResponse().getRedirectedUrl())
                .as("the diff page without versions compares the latest with the one before it")
                .isEqualTo("/studio/" + HANDLING + "/diff?from=" + before + "&to=" + (before + 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(body(mvc.perform(
                                get("/api/audit").param("aggregateId", HANDLING).with(httpBasic("admin", "demo")))
                        .andReturn()))
                .contains("ProcessVersionDeployed"));
    }

    @Test
    void runningCasesMoveToTheNewVersionsKeepTheirTimerAndGoOn() throws Exception {
        String proposal = scenario.proposalFromClue(scenario.submitClue("迁移" + System.nanoTime()), null);
        scenario.fileAndAssign(proposal, Map.of("mode", "SEPARATE", "separate", "transport"));
        String handling = proposal + "/transport/1";
        ProcessInstance handlingBefore = instance(HANDLING, handling);
        Date due = timer(handlingBefore, "Timer_ReturnWindowEnds").getDuedate();

        int handlingFrom = versionOf(handlingBefore);
        int lifecycleFrom = versionOf(instance(LIFECYCLE, proposal));
        deployChanged(HANDLING);
        deployChanged(LIFECYCLE);

        JsonNode plan = migrate(HANDLING, handlingFrom, "PLAN", proposal);
        assertThat(plan.get("instances").findValuesAsText("businessKey")).containsExactly(handling);
        assertThat(plan.get("findings")).isEmpty();

        JsonNode handlingReport = migrate(HANDLING, handlingFrom, "EXECUTE", proposal);
        JsonNode lifecycleReport = migrate(LIFECYCLE, lifecycleFrom, "EXECUTE", proposal);
        assertThat(handlingReport.get("outcomes").findValuesAsText("migrated")).containsExactly("true");
        assertThat(lifecycleReport.get("outcomes").findValuesAsText("migrated")).containsExactly("true");

        ProcessInstance handlingAfter = instance(HANDLING, handling);
        assertThat(versionOf(handlingAfter)).isEqualTo(latestVersion(HANDLING));
        assertThat(versionOf(instance(LIFECYCLE, proposal))).isEqualTo(latestVersion(LIFECYCLE));
        assertThat(timer(handlingAfter, "Timer_ReturnWindowEnds").getDuedate()).isEqualTo(due);
        assertThat(runtime.getActiveActivityIds(instance(LIFECYCLE, proposal).getId()))
                .contains("CallActivity_DepartmentHandling");

        // the case goes on on the new version, the handling still inside its proposal's multi-instance call
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        assertThat(runtime.getActiveActivityIds(instance(HANDLING, handling).getId()))
                .contains("Task_PreHandlingContact");
        assertThat(instance(HANDLING, handling).getProcessDefinitionId())
                .isEqualTo(handlingAfter.getProcessDefinitionId());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(body(mvc.perform(get("/api/audit")
                                .param("aggregateId", LIFECYCLE)
                                .with(httpBasic("admin", "demo")))
                        .andReturn()))
                .contains("ProcessInstancesMigrated"));
    }

    @Test
    void aMigrationToAVersionThatNoLongerKeepsTheContractIsRefused() throws Exception {
        int from = latestVersion(HANDLING);
        MvcResult refused = mvc.perform(post("/api/processes/migrations")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "processKey",
                                HANDLING,
                                "fromVersion",
                                String.valueOf(from),
                                "toVersion",
                                String.valueOf(from),
                                "action",
                                "EXECUTE"))))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("the two versions are the same");
    }

    private String renamedReceiveTask(String xml) {
        return xml.replace("name=\"签收或退回 / Receive or return\"", "name=\"签收或退回（新）/ Receive or return (new)\"");
    }

    /** A new version whose only change is a reworded name: the cases' paths stay as they were. */
    private void deployChanged(String key) throws Exception {
        String xml = body(mvc.perform(
                        get("/api/processes/" + key + "/versions/latest/xml").with(httpBasic("designer", "demo")))
                .andReturn());
        String changed = xml.replaceFirst("name=\"([^\"]*) / ", "name=\"$1（修订）/ ");
        long draft = createDraft(key, changed);
        MvcResult deploy = mvc.perform(post("/api/processes/" + key + "/drafts/" + draft + "/deploy")
                        .with(httpBasic("designer", "demo")))
                .andReturn();
        assertThat(deploy.getResponse().getStatus()).as(body(deploy)).isEqualTo(201);
    }

    private JsonNode migrate(String key, int from, String action, String businessKey) throws Exception {
        MvcResult result = mvc.perform(post("/api/processes/migrations")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "processKey", key,
                                "fromVersion", String.valueOf(from),
                                "toVersion", "latest",
                                "businessKey", businessKey,
                                "action", action))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
        return json.readTree(body(result));
    }

    @Test
    void aDraftThatIsNotBpmnOrTooLargeIsRefusedNamingTheFieldAndThePageSaysWhyInChinese() throws Exception {
        String deployed = body(mvc.perform(get("/api/processes/" + HANDLING + "/versions/latest/xml")
                        .with(httpBasic("designer", "demo")))
                .andReturn());
        long draft = createDraft(HANDLING, deployed);
        String html = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>不是流程图</body></html>";
        String large =
                deployed.replace("</definitions>", "<!--" + "x".repeat(DraftDocument.MAX_CHARS) + "--></definitions>");
        Map<String, String> refusals = Map.of(
                "这不是流程图",
                "not well-formed XML",
                deployed.substring(0, deployed.length() / 2),
                "not well-formed XML",
                html,
                "not BPMN 2.0");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            MvcResult saved = mvc.perform(put("/api/processes/" + HANDLING + "/drafts/" + draft)
                            .with(httpBasic("designer", "demo"))
                            .contentType(MediaType.APPLICATION_XML)
                            .content(refusal.getKey()))
                    .andReturn();
            assertThat(saved.getResponse().getStatus()).as(refusal.getValue()).isEqualTo(400);
            assertThat(saved.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(body(saved)).contains("\"field\":\"xml\"").contains(refusal.getValue());
        }
        // a body past the request limit is refused at the edge (413) before it reaches the draft's own check
        MvcResult tooLarge = mvc.perform(put("/api/processes/" + HANDLING + "/drafts/" + draft)
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(large))
                .andReturn();
        assertThat(tooLarge.getResponse().getStatus()).isIn(400, 413);
        MvcResult created = mvc.perform(post("/api/processes/" + HANDLING + "/drafts")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(html))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(created)).contains("\"field\":\"xml\"");

        MvcResult page = mvc.perform(post("/studio/" + HANDLING + "/drafts/" + draft + "/xml")
                        .with(user(accounts.loadUserByUsername("designer")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_XML)
                        .content(html))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        JsonNode said = json.readTree(body(page));
        assertThat(said.get("field").asText()).isEqualTo("xml");
        assertThat(said.get("message").asText()).contains("不是 BPMN 2.0 流程图");

        assertThat(body(mvc.perform(get("/api/processes/" + HANDLING + "/drafts/" + draft + "/xml")
                                .with(httpBasic("designer", "demo")))
                        .andReturn()))
                .as("nothing refused was stored")
                .isEqualTo(deployed);
    }

    private long createDraft(String key, String xml) throws Exception {
        MvcResult created = mvc.perform(post("/api/processes/" + key + "/drafts")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(xml))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        return json.readTree(body(created)).get("id").asLong();
    }

    private ProcessInstance instance(String key, String businessKey) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(key)
                .processInstanceBusinessKey(businessKey)
                .singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }

    private int versionOf(ProcessInstance instance) {
        return repository
                .getProcessDefinition(instance.getProcessDefinitionId())
                .getVersion();
    }

    private int latestVersion(String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult()
                .getVersion();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
