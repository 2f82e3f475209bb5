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
import org.axonframework.eventsourcing.eventstore.EventStore;
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
import org.tongxin.engine.report.AdoptOpinionReport;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.report.InstructionReplyRecorded;
import org.tongxin.engine.report.RecordLeaderInstruction;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.report.SubmitOpinionReport;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;
import org.tongxin.infra.security.UserAccounts;

/**
 * The second kind of department handling end to end: a member's public-opinion report is adopted, a leader's
 * instruction transfers it to the transport department, whose officer finds it in the same inbox and board as
 * proposals, receives it, contacts the author and replies with the measures taken (no outcome class, nobody
 * evaluates); the reply goes back to the report for its author, and the handling closes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InstructionHandlingIT {

    private static final String TITLE = "龙城街道地铁出口共享单车乱停放";
    private static final String LEADER = "区委副书记";
    private static final String MEASURES = "已在地铁出口划定非机动车停放区，街道每日巡查，并通报共享单车企业。";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommandGateway commands;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventStore events;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void anInstructionTransfersAReportToADepartmentWhoseReplyGoesBackToTheAuthor() throws Exception {
        ReportId report = ReportId.random();
        ActorRef member = ActorRef.of("member", Role.MEMBER);
        ActorRef staff = ActorRef.of("staff", Role.STAFF);
        commands.sendAndWait(new DraftOpinionReport(report, TITLE, "地铁出口被共享单车占用，学生上学通行困难。", List.of(), member));
        commands.sendAndWait(new SubmitOpinionReport(report, member));
        commands.sendAndWait(new AdoptOpinionReport(report, ReportLevel.CITY, staff));
        commands.sendAndWait(new RecordLeaderInstruction(
                report, LEADER, "请区交通运输局牵头研究解决。", List.of(new DepartmentCode("transport")), staff));
        String handling = HandlingId.of(
                        new SourceRef(SourceKind.INSTRUCTION, report.value()), new DepartmentCode("transport"), 1)
                .value();

        // the handling opens in a job of its own, after the instruction's transaction (the tests run jobs by hand)
        openTransferredHandling(handling);

        // the same inbox: the department's officer has it, and its page shows what is handled, in words
        String receive = awaitTask("dept-transport", handling, "Task_ReceiveHandling");
        String receiveForm = form("dept-transport", receive);
        assertThat(receiveForm).contains("RECEIVE").doesNotContain("RETURN");
        // the instruction panel reads the handlings' read model, which follows the instruction asynchronously
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page("dept-transport", "/tasks/" + receive))
                        .contains("id=\"instruction\"")
                        .contains(TITLE)
                        .contains(LEADER)
                        .contains("请区交通运输局牵头研究解决。"));
        complete("dept-transport", receive, Map.of("decision", "RECEIVE"));
        complete(
                "dept-transport",
                awaitTask("dept-transport", handling, "Task_PreHandlingContact"),
                Map.of(
                        "contactedOn",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "method",
                        "PHONE",
                        "notes",
                        "电话联系撰写人"));

        // the same board, with the kind in words and a kind filter
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode board = api("dept-transport", "/api/handlings?kind=INSTRUCTION");
            assertThat(board.get("items").findValuesAsText("handlingId")).contains(handling);
            assertThat(board.get("items").findValuesAsText("proposalTitle")).contains(TITLE);
            assertThat(api("dept-transport", "/api/handlings?kind=PROPOSAL")
                            .get("items")
                            .findValuesAsText("handlingId"))
                    .doesNotContain(handling);
        });
        assertThat(page("dept-transport", "/board?kind=INSTRUCTION"))
                .contains(TITLE)
                .contains("批示交办");

        // other tests in this context answer instructions too: this one's reply is counted once more than before
        long repliedBefore = api("staff", "/api/stats?kind=INSTRUCTION&department=transport")
                .get("departments")
                .path(0)
                .path("replied")
                .asLong(0);
        String reply = awaitTask("dept-transport", handling, "Task_Reply");
        assertThat(form("dept-transport", reply)).doesNotContain("\"outcome\"");
        complete("dept-transport", reply, Map.of("action", "REPLY", "text", MEASURES));

        // nobody evaluates: the handling closes, and the report holds the reply for its author
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(tasks("dept-transport", handling)).isEmpty();
            assertThat(events.readEvents(report.value())
                            .asStream()
                            .map(m -> m.getPayload())
                            .filter(InstructionReplyRecorded.class::isInstance)
                            .map(InstructionReplyRecorded.class::cast)
                            .toList())
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.author()).isEqualTo("member");
                        assertThat(r.measures()).isEqualTo(MEASURES);
                        assertThat(r.handlingId().value()).isEqualTo(handling);
                    });
            JsonNode closed = api("staff", "/api/handlings/one?id=" + handling);
            assertThat(closed.get("handling").get("status").asText()).isEqualTo("CLOSED");
            assertThat(closed.get("handling").get("sourceKind").asText()).isEqualTo("INSTRUCTION");
            JsonNode outcome = closed.get("handling").get("outcome");
            assertThat(outcome == null || outcome.isNull())
                    .as("no outcome class")
                    .isTrue();
        });

        // one statistics view across kinds, with a kind filter
        JsonNode instructions = api("staff", "/api/stats?kind=INSTRUCTION&department=transport");
        assertThat(instructions.get("departments").get(0).get("replied").asLong())
                .isEqualTo(repliedBefore + 1);
        assertThat(rest.withBasicAuth("staff", "demo")
                        .getForEntity("/api/stats?kind=NOT_A_KIND", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
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

    private String form(String user, String taskId) {
        ResponseEntity<String> form =
                rest.withBasicAuth(user, "demo").getForEntity("/api/tasks/" + taskId + "/form", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        return form.getBody();
    }

    private void complete(String user, String taskId, Map<String, Object> body) {
        form(user, taskId);
        ResponseEntity<String> done = rest.withBasicAuth(user, "demo")
                .exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST, new HttpEntity<>(body), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void openTransferredHandling(String handling) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(handling)
                .singleResult();
        assertThat(instance).as("the transfer started the department handling").isNotNull();
        List<Job> jobs = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .list();
        assertThat(jobs).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    /** A page as the signed-in user's browser gets it. */
    private String page(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
