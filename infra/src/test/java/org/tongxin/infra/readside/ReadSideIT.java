package org.tongxin.infra.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.projections.ops.ProjectionOperations;

/**
 * The read side on a real PostgreSQL: each read model after a case went through the whole chain, the department
 * board's scope, the case view live and as of an instant, history, audit, tracking, statistics, lineage and the
 * member record, and that a submitter's phone number appears in none of what is not for staff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadSideIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionOperations operations;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    ObjectMapper json;

    @Autowired
    OpenApiWebMvcResource apiDocs;

    @Test
    void theProposalAndItsHandlingsAreProjected() throws Exception {
        CaseScenario c = new CaseScenario(commands).untilReceived().untilClosed();
        caughtUp();

        JsonNode proposal = get("staff", "/api/proposals/" + c.proposalId);
        assertThat(proposal.get("status").asText()).isEqualTo("CLOSED");
        assertThat(proposal.get("category").asText()).isEqualTo("城乡建设");
        assertThat(proposal.get("leadProposer").asText()).isEqualTo("member");
        assertThat(proposal.get("sourceClues").get(0).asText()).isEqualTo(c.clueId);
        assertThat(proposal.get("mode").asText()).isEqualTo("LEAD_WITH_CO");
        assertThat(proposal.get("handlings").findValuesAsText("state")).containsExactly("CLOSED", "CLOSED");

        JsonNode list = get("member", "/api/proposals?member=member&size=200");
        assertThat(list.get("items").findValuesAsText("proposalId")).contains(c.proposalId);
        assertThat(list.get("items").get(0).has("content")).isFalse();

        JsonNode board = get("staff", "/api/handlings?department=transport&includeEnded=true&size=200");
        JsonNode lead = item(board, c.lead);
        assertThat(lead.get("proposalTitle").asText()).startsWith("关于地铁站出口");
        assertThat(lead.get("handling").get("status").asText()).isEqualTo("CLOSED");
        assertThat(lead.get("handling").get("outcome").asText()).isEqualTo("A");
        assertThat(lead.get("handling").get("late").asBoolean()).isFalse();
        JsonNode evaluation = lead.get("handling").get("evaluations").get(0);
        assertThat(evaluation.get("evaluator").asText()).isEqualTo("member");
        assertThat(evaluation.get("handlingWork").asText()).isEqualTo("SATISFIED");
        assertThat(evaluation.get("result").asText()).isEqualTo("BASICALLY_SATISFIED");
    }

    @Test
    void theBoardShowsOpenWorkOldestDueFirstAndAnOfficerOnlyTheirOwn() throws Exception {
        CaseScenario open = new CaseScenario(commands).untilReceived();
        CaseScenario paused = new CaseScenario(commands).untilReceived().returnRequested();
        caughtUp();

        JsonNode board = get("dept-transport", "/api/handlings?size=200");
        assertThat(departmentsOf(board)).isNotEmpty().containsOnly("transport");
        List<LocalDate> due = new ArrayList<>();
        board.get("items")
                .forEach(
                        i -> due.add(LocalDate.parse(i.get("clock").get("dueOn").asText())));
        assertThat(due).isSorted();

        JsonNode running = item(board, open.lead);
        LocalDate replyDue =
                LocalDate.parse(running.get("handling").get("replyDue").asText());
        assertThat(running.get("clock").get("workingDaysLeft").asInt())
                .isEqualTo(calendar.workingDaysBetween(LocalDate.now(ZONE), replyDue))
                .isPositive();
        assertThat(running.get("clock").get("paused").asBoolean()).isFalse();
        assertThat(running.get("clock").get("overdue").asBoolean()).isFalse();
        JsonNode stopped = item(board, paused.lead);
        assertThat(stopped.get("clock").get("paused").asBoolean()).isTrue();
        assertThat(stopped.get("handling").get("status").asText()).isEqualTo("RETURN_REQUESTED");

        ResponseEntity<String> other = rest.withBasicAuth("dept-transport", "demo")
                .getForEntity("/api/handlings?department=education", String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode education = get("dept-education", "/api/handlings?includeEnded=true&size=200");
        assertThat(departmentsOf(education)).isNotEmpty().containsOnly("education");
    }

    @Test
    void theCaseViewAsOfNowEqualsTheLiveOneAndBeforeTheReplyShowsNoReply() throws Exception {
        CaseScenario c = new CaseScenario(commands).untilReceived().untilClosed();
        caughtUp();

        for (String id : List.of(c.clueId, c.proposalId)) {
            JsonNode live = get("staff", "/api/cases/" + id);
            JsonNode now =
                    get("staff", "/api/cases/{id}?asOf={t}", id, Instant.now().toString());
            assertThat(now).isEqualTo(live);
        }
        JsonNode live = get("staff", "/api/cases/" + c.clueId);
        assertThat(live.get("kind").asText()).isEqualTo("CLUE");
        assertThat(live.get("status").asText()).isEqualTo("CLOSED");
        JsonNode liveLead = handling(live, c.lead);
        assertThat(liveLead.get("outcome").asText()).isEqualTo("A");
        assertThat(liveLead.get("replyText").asText()).isEqualTo(CaseScenario.REPLY);
        assertThat(liveLead.get("evaluations")).hasSize(1);

        JsonNode before = get("staff", "/api/cases/{id}?asOf={t}", c.proposalId, c.beforeReply.toString());
        assertThat(before.get("status").asText()).isEqualTo("ASSIGNED");
        JsonNode lead = handling(before, c.lead);
        assertThat(lead.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(lead.has("outcome")).isFalse();
        assertThat(lead.has("repliedOn")).isFalse();
        assertThat(lead.has("replyText")).isFalse();
        assertThat(lead.get("evaluations")).isEmpty();
        assertThat(lead.get("workingDaysLeft").asInt()).isPositive();

        ResponseEntity<String> tooEarly = rest.withBasicAuth("staff", "demo")
                .getForEntity("/api/cases/{id}?asOf={t}", String.class, c.proposalId, "2019-12-31T16:00:00Z");
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theHistoryListsEveryEventOfTheCaseInOrderWithItsActor() throws Exception {
        CaseScenario c = new CaseScenario(commands).untilReceived().untilClosed();

        JsonNode history = get("supervisor", "/api/cases/" + c.proposalId + "/history");
        List<String> types = history.get("events").findValuesAsText("eventType");
        assertThat(types)
                .startsWith("ProposalDrafted", "ProposalSubmitted", "ProposalFiled", "ProposalAssigned")
                .contains("HandlingOpened", "HandlingReplied", "EvaluationGiven", "HandlingClosed")
                .endsWith("ProposalClosed");
        JsonNode reply = null;
        for (JsonNode e : history.get("events")) {
            if (e.get("eventType").asText().equals("HandlingReplied")) {
                reply = e;
            }
        }
        assertThat(reply.get("actorId").asText()).isEqualTo("dept-transport");
        assertThat(reply.get("actorRole").asText()).isEqualTo("DEPT_OFFICER");
        assertThat(reply.get("department").asText()).isEqualTo("transport");
        assertThat(reply.get("summary").asText()).contains("A类");

        JsonNode clueHistory = get("supervisor", "/api/cases/" + c.clueId + "/history");
        assertThat(clueHistory.get("events").findValuesAsText("eventType"))
                .startsWith("ClueRegistered")
                .contains("ProposalDrafted", "HandlingReplied")
                .endsWith("ClueClosed");
        assertThat(clueHistory.toString()).doesNotContain(CaseScenario.PHONE, CaseScenario.NAME);
    }

    @Test
    void theAuditLogAndItsCsvNeverShowTheSubmittersPhone() throws Exception {
        CaseScenario c = new CaseScenario(commands).untilReceived().untilClosed();
        caughtUp();

        JsonNode page = get("supervisor", "/api/audit?aggregateId={id}&oldestFirst=true", c.clueId);
        assertThat(page.get("items").findValuesAsText("eventType"))
                .startsWith("ClueRegistered", "ClueClassified", "ClueAdopted", "ClueConverted")
                .endsWith("FeedbackRecorded", "ClueClosed");
        JsonNode registered = page.get("items").get(0);
        assertThat(registered.get("aggregateType").asText()).isEqualTo("Clue");
        assertThat(registered.get("actorRole").asText()).isEqualTo("CITIZEN");
        assertThat(registered.get("summary").asText()).contains("地铁站出口共享单车乱停放");
        assertThat(page.toString()).doesNotContain(CaseScenario.PHONE, CaseScenario.NAME);

        String tomorrow = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .plusDays(1)
                .toString();
        assertThat(get("supervisor", "/api/audit?aggregateId={id}&from={t}", c.clueId, tomorrow)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(get("supervisor", "/api/audit?aggregateId={id}&to={t}", c.clueId, tomorrow)
                        .get("total")
                        .asLong())
                .isEqualTo(page.get("total").asLong());

        JsonNode replies = get("staff", "/api/audit?eventType=HandlingReplied&department=transport&size=200");
        assertThat(replies.get("items").findValuesAsText("aggregateId")).contains(c.lead);

        ResponseEntity<String> csv =
                rest.withBasicAuth("supervisor", "demo").getForEntity("/api/audit.csv", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains(c.clueId, c.lead, "ClueRegistered").doesNotContain(CaseScenario.PHONE);
        assertThat(csv.getBody()).doesNotContain(CaseScenario.NAME);

        assertThat(rest.withBasicAuth("member", "demo")
                        .getForEntity("/api/audit", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("dept-transport", "demo")
                        .getForEntity("/api/audit.csv", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theTrackingPageTellsTheCitizenInPlainWordsWithoutPersonalData() throws Exception {
        CaseScenario c = new CaseScenario(commands).untilReceived().untilClosed();
        caughtUp();

        ResponseEntity<String> page = rest.getForEntity("/api/public/track/" + c.trackingCode, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode track = json.readTree(page.getBody());
        assertThat(track.get("statusText").asText()).isEqualTo("已办结");
        assertThat(track.get("feedback").get(0).get("text").asText()).isEqualTo(CaseScenario.FEEDBACK);
        assertThat(track.get("registeredAt").asText()).isNotBlank();
        assertThat(page.getBody())
                .doesNotContain(CaseScenario.PHONE, CaseScenario.NAME, CaseScenario.REPLY, "建议同步规划停车区");
        assertThat(rest.getForEntity("/api/public/track/TX-NOSUCH", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void statisticsLineageAndTheMemberRecordAnswerFromTheReadModels() throws Exception {
        CaseScenario c = new CaseScenario(commands).untilReceived().untilClosed();
        caughtUp();

        JsonNode stats = get("staff", "/api/stats?department=transport");
        JsonNode transport = stats.get("departments").get(0);
        assertThat(transport.get("department").asText()).isEqualTo("transport");
        assertThat(transport.get("replied").asLong()).isPositive();
        assertThat(transport.get("repliedOnTime").get("sample").asLong())
                .isEqualTo(transport.get("replied").asLong());
        assertThat(transport.get("outcomes").get("A").get("count").asLong()).isPositive();
        assertThat(transport.get("satisfiedWithResult").get("sample").asLong()).isPositive();
        assertThat(stats.get("minSample").asInt()).isEqualTo(5);
        if (transport.get("replied").asLong() < 5) {
            assertThat(transport.has("rank")).isFalse();
        }
        assertThat(stats.get("clueFunnel").get("registered").asLong()).isPositive();
        assertThat(get("dept-education", "/api/stats").get("departments").findValuesAsText("department"))
                .containsOnly("education");

        JsonNode lineage = get("staff", "/api/cases/lineage?id={id}", c.lead);
        assertThat(get("member", "/api/cases/" + c.clueId + "/lineage")
                        .get("nodes")
                        .findValuesAsText("id"))
                .contains(c.proposalId, c.lead);
        assertThat(lineage.get("nodes").findValuesAsText("id")).contains(c.clueId, c.proposalId, c.lead, c.co);
        assertThat(lineage.get("edges").findValuesAsText("relation")).contains("BECAME", "SOURCE_OF", "HANDLED_BY");

        JsonNode record = get("member", "/api/members/member/record");
        assertThat(record.get("cluesRaised").findValuesAsText("id")).contains(c.clueId);
        assertThat(record.get("cluesAdopted").findValuesAsText("id")).contains(c.clueId);
        assertThat(record.get("proposals").findValuesAsText("id")).contains(c.proposalId);
        assertThat(record.get("evaluationsGiven").findValuesAsText("handlingId"))
                .contains(c.lead);
        assertThat(rest.withBasicAuth("member2", "demo")
                        .getForEntity("/api/members/member/record", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        CaseScenario open = new CaseScenario(commands).untilReceived();
        caughtUp();
        JsonNode unanswered = get("staff", "/api/cases/unanswered?size=200");
        List<String> ids = unanswered.get("items").findValuesAsText("clueId");
        assertThat(ids).contains(open.clueId).doesNotContain(c.clueId);
    }

    @Test
    void theApiDocumentsTheReadSide() throws Exception {
        JsonNode docs = json.readTree(apiDocs());
        assertThat(docs.get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/proposals",
                        "/api/proposals/{id}",
                        "/api/handlings",
                        "/api/cases/{id}",
                        "/api/cases/{id}/history",
                        "/api/cases/{id}/lineage",
                        "/api/cases/lineage",
                        "/api/cases/unanswered",
                        "/api/audit",
                        "/api/audit.csv",
                        "/api/stats",
                        "/api/members/{id}/record",
                        "/api/members/{id}/record.pdf",
                        "/api/members/summary",
                        "/api/public/track/{trackingCode}",
                        "/api/admin/projections/{name}/replay",
                        "/api/similar");
        assertThat(docs.get("paths").get("/api/clues").has("post"))
                .as("the office's intake on behalf is documented")
                .isTrue();
    }

    /**
     * The document {@code GET /v3/api-docs} serves. That URL sits behind the web UI's form login rather than the API's
     * basic authentication, so the test asks springdoc's resource directly.
     */
    private String apiDocs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v3/api-docs");
        return new String(apiDocs.openapiJson(request, "/v3/api-docs", Locale.ROOT), StandardCharsets.UTF_8);
    }

    private void caughtUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> operations.statuses().stream().allMatch(s -> s.caughtUp()));
    }

    private JsonNode get(String user, String path, Object... vars) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class, vars);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static JsonNode item(JsonNode board, String handlingId) {
        for (JsonNode i : board.get("items")) {
            if (i.get("handling").get("handlingId").asText().equals(handlingId)) {
                return i;
            }
        }
        throw new AssertionError(handlingId + " not on the board " + board);
    }

    private static JsonNode handling(JsonNode caseView, String handlingId) {
        for (JsonNode h : caseView.get("handlings")) {
            if (h.get("handlingId").asText().equals(handlingId)) {
                return h;
            }
        }
        throw new AssertionError(handlingId + " not in the case " + caseView);
    }

    /** Each board item's own department (nested views may name other departments of the same proposal). */
    private static List<String> departmentsOf(JsonNode board) {
        List<String> departments = new ArrayList<>();
        board.get("items")
                .forEach(
                        i -> departments.add(i.get("handling").get("department").asText()));
        return departments;
    }
}
