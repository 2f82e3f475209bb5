package org.tongxin.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A failed job reaches the operations list named by its case and step, a designer retries it, the retry is recorded
 * as an event with the designer as actor, and the case's process instances are found by words of its title. The
 * failing job is a probe process deployed for this test only and removed afterwards; the job executor is off in tests,
 * so the test runs the job where the executor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsIT {

    private static final String PROBE = "ops-probe";

    private static final String PROBE_BPMN =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         targetNamespace="http://tongxin.org/test">
              <process id="ops-probe" name="运行探针 / Probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="Start_Probe"/>
                <sequenceFlow id="Flow_1" sourceRef="Start_Probe" targetRef="Task_Probe"/>
                <serviceTask id="Task_Probe" name="核对答案 / Check the answer" camunda:asyncBefore="true"
                             camunda:expression="${execution.getVariable('answer').length()}"/>
                <sequenceFlow id="Flow_2" sourceRef="Task_Probe" targetRef="End_Probe"/>
                <endEvent id="End_Probe"/>
              </process>
            </definitions>
            """;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private String deploymentId;

    @BeforeAll
    void deployProbe() {
        deploymentId = repository
                .createDeployment()
                .name("operations-it")
                .addString("ops-probe.bpmn", PROBE_BPMN)
                .deploy()
                .getId();
    }

    @AfterAll
    void removeProbe() {
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void aFailedJobIsListedByItsCaseRetriedByADesignerAndAudited() throws Exception {
        String clueId = submitClue("运行监控探针井盖松动");
        ProcessInstance probe = runtime.startProcessInstanceByKey(PROBE, clueId);
        Job job = failUntilIncident(probe.getId());

        // the case's title comes from its read model, which may still be catching up with the new clue
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(incidentOf(clueId).get("caseTitle").asText()).contains("运行监控探针井盖松动"));
        JsonNode incident = incidentOf(clueId);
        assertThat(incident.get("activity").asText()).isEqualTo("核对答案");
        assertThat(incident.get("error").asText()).isNotBlank();
        assertThat(incident.get("retryable").asBoolean()).isTrue();
        JsonNode diagram = json.readTree(rest.withBasicAuth("supervisor", "demo")
                        .getForEntity("/api/process-instances/" + clueId + "/positions", String.class)
                        .getBody())
                .get(0);
        assertThat(diagram.get("incidentActivityIds").toString())
                .as("the failed step is marked on the instance's diagram")
                .contains("Task_Probe");
        assertThat(diagram.get("incident").asText()).contains("核对答案").doesNotContain("Task_Probe");
        assertThat(rest.withBasicAuth("staff", "demo")
                        .getForEntity("/api/incidents", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        String incidentId = incident.get("id").asText();
        assertThat(rest.withBasicAuth("supervisor", "demo")
                        .postForEntity("/api/incidents/" + incidentId + "/retry", null, String.class)
                        .getStatusCode())
                .as("the supervisor reads but does not retry")
                .isEqualTo(HttpStatus.FORBIDDEN);

        runtime.setVariable(probe.getId(), "answer", "42");
        ResponseEntity<String> retried = rest.withBasicAuth("designer", "demo")
                .postForEntity("/api/incidents/" + incidentId + "/retry", null, String.class);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isEqualTo(1);
        management.executeJob(job.getId());

        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(probe.getId())
                        .count())
                .as("the retried job ran and the probe ended")
                .isZero();
        assertThat(incidentOrNull(clueId)).isNull();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                        "select convert_from(meta_data, 'UTF8') from domain_event_entry where type = 'ProcessLog'"
                                + " and aggregate_identifier = ? and payload_type like '%IncidentRetried'",
                        String.class, "ops:" + PROBE))
                .anySatisfy(meta -> assertThat(meta).contains("designer")));

        ResponseEntity<String> again = rest.withBasicAuth("designer", "demo")
                .postForEntity("/api/incidents/" + incidentId + "/retry", null, String.class);
        assertThat(again.getStatusCode()).as("a retried incident is gone").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(again.getHeaders().getContentType().toString()).contains("problem+json");
    }

    @Test
    void aCasesInstancesAreFoundByTitleWordsWithTheirCurrentStep() throws Exception {
        String clueId = submitClue("实例查找路灯不亮");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode found = json.readTree(rest.withBasicAuth("supervisor", "demo")
                    .getForEntity("/api/process-instances?q=实例查找路灯不亮", String.class)
                    .getBody());
            assertThat(found.findValuesAsText("caseKey")).contains(clueId);
        });

        ResponseEntity<String> positions = rest.withBasicAuth("designer", "demo")
                .getForEntity("/api/process-instances/" + clueId + "/positions", String.class);
        assertThat(positions.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode first = json.readTree(positions.getBody()).get(0);
        assertThat(first.get("running").asBoolean()).isTrue();
        assertThat(first.get("activeActivityIds")).isNotEmpty();
        assertThat(first.get("caption").asText())
                .as("the process by name")
                .isNotBlank()
                .isNotEqualTo("clue-triage");

        assertThat(rest.withBasicAuth("designer", "demo")
                        .getForEntity("/api/process-instances/no-such-case/positions", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Runs the probe's job until its retries are spent, as the job executor would, and returns it. */
    private Job failUntilIncident(String processInstanceId) {
        Job job =
                management.createJobQuery().processInstanceId(processInstanceId).singleResult();
        for (int attempt = 0; attempt < 10 && job.getRetries() > 0; attempt++) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the probe's expression fails while no answer is set
            }
            job = management.createJobQuery().jobId(job.getId()).singleResult();
        }
        assertThat(job.getRetries()).isZero();
        return job;
    }

    private JsonNode incidentOf(String caseKey) throws Exception {
        JsonNode incident = incidentOrNull(caseKey);
        assertThat(incident).as("an incident of " + caseKey).isNotNull();
        return incident;
    }

    private JsonNode incidentOrNull(String caseKey) throws Exception {
        ResponseEntity<String> list =
                rest.withBasicAuth("designer", "demo").getForEntity("/api/incidents", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode row : json.readTree(list.getBody())) {
            if (caseKey.equals(row.path("caseKey").asText())) {
                return row;
            }
        }
        return null;
    }

    private String submitClue(String title) throws Exception {
        Map<String, Object> body = Map.of(
                "title", title,
                "content", "龙城街道人行道井盖松动，夜间行人容易绊倒。",
                "source", "CITIZEN_IDEA",
                "district", "龙岗区",
                "street", "龙城街道",
                "submitter", Map.of("name", "张三", "phone", "13812345678", "consent", true));
        ResponseEntity<String> response = rest.postForEntity("/api/public/clues", body, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("id").asText();
    }
}
