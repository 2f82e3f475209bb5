package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.processes.clue.ClueTriageProcess;

/**
 * The walking skeleton's seam on a real PostgreSQL: a public clue starts its triage, a task completion and its
 * events commit together, a refusal leaves both untouched, and bad input stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClueSliceIT {

    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper json;

    @Test
    void aCitizensClueIsClassifiedByStaffAndShowsUpInThePool() throws Exception {
        String clueId = submitClue("人行出口被占用");
        assertThat(eventsOf(clueId)).isEqualTo(1);

        JsonNode task = staffTaskFor(clueId);
        assertThat(task.get("key").asText()).isEqualTo(ClueTriageProcess.TASK_CLASSIFY);
        assertThat(task.get("name").get("zh").asText()).isEqualTo("分类整理");
        assertThat(task.get("due").asText()).isNotBlank();

        ResponseEntity<String> form = rest.withBasicAuth("staff", "demo")
                .getForEntity("/api/tasks/" + task.get("id").asText() + "/form", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("\"route\"").contains("PUBLISH_FOR_ADOPTION");

        ResponseEntity<String> done =
                complete(task.get("id").asText(), Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(taskService.createTaskQuery().taskId(task.get("id").asText()).count())
                .isZero();
        assertThat(eventsOf(clueId)).isEqualTo(2);
        Map<String, Object> metadata = lastEventMetadata(clueId);
        assertThat(metadata).containsEntry("actorId", "staff").containsEntry("actorRole", "STAFF");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<String> view =
                    rest.withBasicAuth("staff", "demo").getForEntity("/api/clues/" + clueId, String.class);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode clue = json.readTree(view.getBody());
            assertThat(clue.get("status").asText()).isEqualTo("PUBLISHED");
            assertThat(clue.get("category").asText()).isEqualTo("交通出行");
        });
    }

    @Test
    void aRefusedDecisionLeavesTheTaskOpenAndNoEvent() throws Exception {
        String clueId = submitClue("合并到自身");
        JsonNode task = staffTaskFor(clueId);

        ResponseEntity<String> refused =
                complete(task.get("id").asText(), Map.of("category", "交通出行", "route", "MERGE", "mergeInto", clueId));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(refused.getBody()).get("code").asText()).isEqualTo("CLUE-CLASSIFY-003");
        assertThat(taskService.createTaskQuery().taskId(task.get("id").asText()).count())
                .isEqualTo(1);
        assertThat(eventsOf(clueId)).isEqualTo(1);
    }

    @Test
    void aFormThatMissesARequiredFieldIsRefusedBeforeAnyCommand() throws Exception {
        String clueId = submitClue("缺少理由");
        JsonNode task = staffTaskFor(clueId);

        ResponseEntity<String> refused =
                complete(task.get("id").asText(), Map.of("category", "信访", "route", "DECLINE"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("declineGround").contains("redirectedTo");
        assertThat(eventsOf(clueId)).isEqualTo(1);
    }

    @Test
    void aFailureAfterASuccessfulCommandRollsBackTheEventsAndTheTask() throws Exception {
        String clueId = submitClue("命令后失败");
        Task task =
                taskService.createTaskQuery().processInstanceBusinessKey(clueId).singleResult();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    commandGateway.sendAndWait(classify(clueId));
                    taskService.complete(task.getId(), Map.of(ClueTriageProcess.VAR_ROUTE, "PUBLISH_FOR_ADOPTION"));
                    throw new IllegalStateException("fails after the command and the completion");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(eventsOf(clueId)).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void aCaughtRefusalStillRollsBackTheWholeTransaction() throws Exception {
        String clueId = submitClue("吞掉异常");
        Task task =
                taskService.createTaskQuery().processInstanceBusinessKey(clueId).singleResult();
        ClassifyClue selfMerge = new ClassifyClue(
                new ClueId(clueId), "交通", null, ClueRoute.MERGE, null, null, new ClueId(clueId), STAFF);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    try {
                        commandGateway.sendAndWait(selfMerge);
                    } catch (RuleViolation expected) {
                        // a careless caller swallows the refusal and completes the task anyway
                    }
                    taskService.complete(task.getId(), Map.of(ClueTriageProcess.VAR_ROUTE, "PUBLISH_FOR_ADOPTION"));
                }))
                .isInstanceOf(UnexpectedRollbackException.class);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(eventsOf(clueId)).isEqualTo(1);
    }

    @Test
    void twoAppendsOfTheSameSequenceMeetAsAConcurrencyConflict() {
        String aggregate = "concurrency-" + System.nanoTime();
        transactions.executeWithoutResult(s -> eventStore.publish(event(aggregate, 0), event(aggregate, 1)));
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> eventStore.publish(event(aggregate, 0))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> eventStore.publish(event(aggregate, 1))))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() throws Exception {
        long events = totalEvents();
        long processes = runtimeService.createProcessInstanceQuery().count();

        assertBadRequest("{\"title\": ", "body");
        assertBadRequest(json.writeValueAsString(Map.of("content", "内容", "source", "CITIZEN_IDEA")), "title");
        assertBadRequest(
                json.writeValueAsString(Map.of("title", "太长", "content", "长".repeat(20_001), "source", "CITIZEN_IDEA")),
                "content");
        assertBadRequest(
                json.writeValueAsString(Map.of("title", "来源未知", "content", "内容", "source", "CARRIER_PIGEON")),
                "source");
        assertBadRequest(
                json.writeValueAsString(Map.of("title", "多余字段", "content", "内容", "source", "CITIZEN_IDEA", "x", 1)),
                "x");
        assertBadRequest(
                json.writeValueAsString(Map.of(
                        "title", "未同意",
                        "content", "内容",
                        "source", "CITIZEN_IDEA",
                        "submitter", Map.of("phone", "13812345678"))),
                "submitter.consentGivenForContact");

        assertThat(totalEvents()).isEqualTo(events);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processes);
    }

    @Test
    void theApiNeedsAnAccountButHealthAndIntakeDoNot() {
        ResponseEntity<String> tasks = rest.getForEntity("/api/tasks", String.class);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("staff", "wrong")
                        .getForEntity("/api/tasks", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void membersDoNotSeeTheOfficesTasksNorTheSubmittersPhone() throws Exception {
        String clueId = submitClue("委员看不到");
        ResponseEntity<String> memberTasks =
                rest.withBasicAuth("member", "demo").getForEntity("/api/tasks", String.class);
        assertThat(memberTasks.getBody()).doesNotContain(clueId);
        Task task =
                taskService.createTaskQuery().processInstanceBusinessKey(clueId).singleResult();
        assertThat(complete("member", task.getId(), Map.of("category", "x", "route", "PUBLISH_FOR_ADOPTION"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<String> view =
                    rest.withBasicAuth("member", "demo").getForEntity("/api/clues/" + clueId, String.class);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(view.getBody()).doesNotContain("13812345678").contains("138****5678");
        });
    }

    @Test
    void thePoolFindsCluesByAChineseSubstringAndCountsFacets() throws Exception {
        String marker = "检索标记" + System.nanoTime();
        String match = submitClue("关于" + marker + "人行出口的建议");
        String other = submitClue("公园照明不足");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<String> page = rest.withBasicAuth("member", "demo")
                    .getForEntity("/api/clues?q={q}&size=50", String.class, marker + "人行出口");
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode body = json.readTree(page.getBody());
            assertThat(body.get("total").asLong()).isEqualTo(1);
            assertThat(body.get("items").get(0).get("clueId").asText()).isEqualTo(match);
            assertThat(body.get("items").get(0).get("submitterPhone").asText()).isEqualTo("138****5678");
            assertThat(body.get("facets").get("status").get("REGISTERED").asLong())
                    .isEqualTo(1);
        });
        ResponseEntity<String> wildcard =
                rest.withBasicAuth("staff", "demo").getForEntity("/api/clues?q={q}&size=200", String.class, "%");
        assertThat(json.readTree(wildcard.getBody()).get("items").findValuesAsText("clueId"))
                .doesNotContain(match, other);
    }

    @Test
    void aClaimedTaskIsCompletedOnlyByWhoeverClaimedItUntilReleased() throws Exception {
        String clueId = submitClue("认领任务");
        complete(staffTaskFor(clueId).get("id").asText(), Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"));
        String adopt = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(clueId)
                .singleResult()
                .getId();

        assertThat(post("member", "/api/tasks/" + adopt + "/claim").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete("member2", adopt, Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("member2", "/api/tasks/" + adopt + "/unclaim").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("member", "/api/tasks/" + adopt + "/unclaim").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete("member2", adopt, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(eventsOf(clueId)).isEqualTo(3);
    }

    private ResponseEntity<String> post(String user, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, HttpEntity.EMPTY, String.class);
    }

    @Test
    void theEmbeddedDatabaseIsDurable() {
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single())
                .isEqualTo("on");
    }

    private void assertBadRequest(String body, String field) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response =
                rest.postForEntity("/api/public/clues", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode())
                .as(body.length() > 200 ? field : body)
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
    }

    private String submitClue(String title) throws Exception {
        Map<String, Object> body = Map.of(
                "title", title,
                "content", "龙城街道地铁站人行出口被共享单车占用。",
                "source", "CITIZEN_IDEA",
                "district", "龙岗区",
                "street", "龙城街道",
                "submitter", Map.of("name", "张三", "phone", "13812345678", "consent", true));
        ResponseEntity<String> response = rest.postForEntity("/api/public/clues", body, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = json.readTree(response.getBody());
        assertThat(receipt.get("trackingCode").asText()).matches("TX-[0-9A-Z]{8}");
        return receipt.get("id").asText();
    }

    private JsonNode staffTaskFor(String clueId) throws Exception {
        ResponseEntity<String> list =
                rest.withBasicAuth("staff", "demo").getForEntity("/api/tasks?size=200", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode task : json.readTree(list.getBody())) {
            if (clueId.equals(task.path("businessKey").asText())) {
                return task;
            }
        }
        throw new AssertionError("no task for clue " + clueId + " in " + list.getBody());
    }

    private ResponseEntity<String> complete(String taskId, Map<String, Object> body) {
        return complete("staff", taskId, body);
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> body) {
        return rest.withBasicAuth(user, "demo")
                .exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST, new HttpEntity<>(body), String.class);
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId)
                .query(Long.class)
                .single();
    }

    private long totalEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastEventMetadata(String aggregateId) throws Exception {
        byte[] meta = jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = :id"
                        + " ORDER BY sequence_number DESC LIMIT 1")
                .param("id", aggregateId)
                .query(byte[].class)
                .single();
        return json.readValue(meta, Map.class);
    }

    private static ClassifyClue classify(String clueId) {
        return new ClassifyClue(
                new ClueId(clueId), "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF);
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Probe", aggregate, sequence, "payload");
    }
}
