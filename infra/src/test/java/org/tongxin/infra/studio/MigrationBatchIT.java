package org.tongxin.infra.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.infra.process.EngineClock;
import org.tongxin.infra.process.Scenario;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.studio.InstanceMigrations;

/**
 * A migration run as a Camunda batch: the request only hands the cases to the engine (202, every case waiting); the
 * job executor's jobs move them; the report then names each case by its title as moved, the case waiting on its
 * return-window timer keeps the timer's due date, and the migration is in the audit log once it is over.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({EngineClock.class, Scenario.class})
class MigrationBatchIT {

    private static final String HANDLING = "department-handling";

    @Autowired
    MockMvc mvc;

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

    @Autowired
    UserAccounts accounts;

    @Autowired
    MigrationBatchRecorder recorder;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        Scenario.reset();
    }

    @Test
    void aBatchMovesTheCasesInTheBackgroundAndReportsEachByItsTitle() throws Exception {
        String title = "批量迁移" + System.nanoTime();
        String proposal = scenario.proposalFromClue(scenario.submitClue(title), null, title);
        scenario.fileAndAssign(proposal, Map.of("mode", "SEPARATE", "separate", "transport"));
        String handling = proposal + "/transport/1";
        ProcessInstance before = instance(handling);
        Date due = returnTimerDue(before);
        int from =
                repository.getProcessDefinition(before.getProcessDefinitionId()).getVersion();
        deployRenamed();

        MvcResult started = startBatch(from, proposal);
        assertThat(started.getResponse().getStatus()).as(text(started)).isEqualTo(202);
        JsonNode waiting = json.readTree(text(started));
        assertThat(waiting.get("finished").asBoolean()).isFalse();
        assertThat(waiting.get("cases").findValuesAsText("state")).containsExactly("PENDING");
        assertThat(instance(handling).getProcessDefinitionId())
                .as("nothing moves inside the request")
                .isEqualTo(before.getProcessDefinitionId());

        scenario.runDueJobs();

        String location = started.getResponse().getHeader("Location");
        JsonNode done = json.readTree(text(
                mvc.perform(get(location).with(httpBasic("designer", "demo"))).andReturn()));
        assertThat(done.get("finished").asBoolean()).as(done.toString()).isTrue();
        assertThat(done.get("migrated").asInt()).isEqualTo(1);
        assertThat(done.get("cases").findValuesAsText("state")).containsExactly("MIGRATED");
        assertThat(done.get("cases").get(0).get("caseTitle").asText()).contains(title);

        ProcessInstance after = instance(handling);
        assertThat(repository
                        .getProcessDefinition(after.getProcessDefinitionId())
                        .getVersion())
                .isGreaterThan(from);
        assertThat(returnTimerDue(after)).isEqualTo(due);

        String page = text(mvc.perform(get(location.replace("/api/processes/", "/studio/"))
                        .with(user(accounts.loadUserByUsername("designer"))))
                .andReturn());
        assertThat(page).contains(title).contains("已迁移").doesNotContain(after.getId());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text(mvc.perform(
                                get("/api/audit").param("aggregateId", HANDLING).with(httpBasic("admin", "demo")))
                        .andReturn()))
                .contains("ProcessInstancesMigrated"));
    }

    @Test
    void aBatchIsInTheAuditLogWhenItEndsThoughNobodyReadsItsReport() throws Exception {
        String title = "无人查看的批量迁移" + System.nanoTime();
        String proposal = scenario.proposalFromClue(scenario.submitClue(title), null, title);
        scenario.fileAndAssign(proposal, Map.of("mode", "SEPARATE", "separate", "transport"));
        int from = repository
                .getProcessDefinition(instance(proposal + "/transport/1").getProcessDefinitionId())
                .getVersion();
        deployRenamed();
        MvcResult started = startBatch(from, proposal);
        assertThat(started.getResponse().getStatus()).as(text(started)).isEqualTo(202);
        String batchId = json.readTree(text(started)).get("batchId").asText();
        assertThat(recordedAt(batchId)).as("not over yet: not recorded").isNull();
        long auditedBefore = migrationsAudited();

        scenario.runDueJobs();
        // nobody opens the report: the recorder's turn (run here rather than awaited) records the batch
        recorder.recordFinished();

        assertThat(recordedAt(batchId)).isNotNull();
        await().atMost(Duration.ofSeconds(30)).until(this::migrationsAudited, n -> n == auditedBefore + 1);
        assertThat(recorder.recordFinished()).as("recorded once").isZero();
    }

    /** The designer starts a batch moving {@code proposal}'s handlings from version {@code from} to the latest. */
    private MvcResult startBatch(int from, String proposal) throws Exception {
        return mvc.perform(post("/api/processes/migrations")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "processKey",
                                HANDLING,
                                "fromVersion",
                                String.valueOf(from),
                                "toVersion",
                                "latest",
                                "businessKey",
                                proposal,
                                "action",
                                "BATCH"))))
                .andReturn();
    }

    private long migrationsAudited() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE aggregate_id = :key"
                        + " AND event_type = 'ProcessInstancesMigrated'")
                .param("key", HANDLING)
                .query(Long.class)
                .single();
    }

    @Test
    void aCaseThatEndsBeforeItsTurnIsReportedByItsTitleWithWhyInWords() throws Exception {
        String title = "迁移中途结束" + System.nanoTime();
        String proposal = scenario.proposalFromClue(scenario.submitClue(title), null, title);
        scenario.fileAndAssign(proposal, Map.of("mode", "SEPARATE", "separate", "transport, education"));
        String moved = proposal + "/transport/1";
        String ended = proposal + "/education/1";
        int from = repository
                .getProcessDefinition(instance(moved).getProcessDefinitionId())
                .getVersion();
        deployRenamed();
        MvcResult started = startBatch(from, proposal);
        assertThat(started.getResponse().getStatus()).as(text(started)).isEqualTo(202);
        assertThat(json.readTree(text(started)).get("cases").findValuesAsText("state"))
                .containsExactly("PENDING", "PENDING");
        // between the start and its turn, the education department's handling ends (an operator cancels its step)
        String endedInstance = instance(ended).getId();
        runtime.createProcessInstanceModification(endedInstance)
                .cancelAllForActivity("Task_ReceiveHandling")
                .execute(true, true);
        assertThat(instance(ended)).as("ended").isNull();
        assertThat(instance(moved))
                .as("the other department's handling runs on")
                .isNotNull();
        runJobsThroughFailures();

        String location = started.getResponse().getHeader("Location");
        JsonNode done = json.readTree(text(
                mvc.perform(get(location).with(httpBasic("designer", "demo"))).andReturn()));
        assertThat(done.get("finished").asBoolean()).as(done.toString()).isTrue();
        assertThat(done.get("migrated").asInt()).isEqualTo(1);
        assertThat(done.get("failed").asInt()).isEqualTo(1);
        JsonNode failed = null;
        for (JsonNode c : done.get("cases")) {
            if ("FAILED".equals(c.get("state").asText())) {
                failed = c;
            }
        }
        assertThat(failed).as(done.toString()).isNotNull();
        assertThat(failed.get("businessKey").asText()).isEqualTo(ended);
        assertThat(failed.get("caseTitle").asText()).contains(title);
        assertThat(failed.get("cause").asText()).isEqualTo("ENDED");

        String page = text(mvc.perform(get(location.replace("/api/processes/", "/studio/"))
                        .with(user(accounts.loadUserByUsername("designer"))))
                .andReturn());
        assertThat(page)
                .contains(title)
                .contains("已迁移")
                .contains("未迁移")
                .contains("这件事的流程已经结束或被删除")
                .doesNotContain(endedInstance)
                .doesNotContain(InstanceMigrations.ENDED);
    }

    /** Runs every job that falls due, as the job executor would, a failing job's retries included. */
    private void runJobsThroughFailures() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // the engine has counted the attempt down; the next round tries again until no retry is left
                }
            }
        }
    }

    private Object recordedAt(String batchId) {
        return jdbc.sql("SELECT recorded_at FROM migration_batch WHERE batch_id = :id")
                .param("id", batchId)
                .query()
                .listOfRows()
                .get(0)
                .get("recorded_at");
    }

    private void deployRenamed() throws Exception {
        String xml = text(mvc.perform(get("/api/processes/" + HANDLING + "/versions/latest/xml")
                        .with(httpBasic("designer", "demo")))
                .andReturn());
        MvcResult created = mvc.perform(post("/api/processes/" + HANDLING + "/drafts")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(xml.replaceFirst("name=\"([^\"]*) / ", "name=\"$1（批量）/ ")))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(text(created)).isEqualTo(201);
        long draft = json.readTree(text(created)).get("id").asLong();
        MvcResult deployed = mvc.perform(post("/api/processes/" + HANDLING + "/drafts/" + draft + "/deploy")
                        .with(httpBasic("designer", "demo")))
                .andReturn();
        assertThat(deployed.getResponse().getStatus()).as(text(deployed)).isEqualTo(201);
    }

    private ProcessInstance instance(String businessKey) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(HANDLING)
                .processInstanceBusinessKey(businessKey)
                .singleResult();
    }

    private Date returnTimerDue(ProcessInstance instance) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("Timer_ReturnWindowEnds")
                .singleResult()
                .getDuedate();
    }

    private static String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
