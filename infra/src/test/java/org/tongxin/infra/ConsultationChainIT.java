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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.engine.consultation.SuggestionSource;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.ReportSource;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.infra.security.UserAccounts;

/**
 * Consultation end to end over HTTP: a citizen's clue routed to a consultation topic becomes a topic (the clue is
 * converted and its triage ends), a leader approves it, members prepare it, the office holds the meeting and
 * transfers three suggestions to two departments, each department answers on the adoption scale, the last answer
 * closes the follow-up, the office records the result (drafting a public-opinion report) and the citizen's tracking
 * page shows the outcome. Then the online path: opinions from the public page API, moderated and lifted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConsultationChainIT {

    private static final String TITLE = "海吉星市场周边行人过街难";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

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
    void aClueRoutedToConsultationReachesAClosedTopicWithAnsweredSuggestionsAndFeedback() throws Exception {
        ResponseEntity<String> submitted = rest.postForEntity(
                "/api/public/clues",
                Map.of(
                        "title", "市场门口过马路太危险",
                        "content", "海吉星市场门口车多，老人买菜过马路要绕很远。",
                        "source", "CITIZEN_IDEA",
                        "district", "龙岗区",
                        "street", "布吉街道"),
                String.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String clue = json.readTree(submitted.getBody()).get("id").asText();
        String code = json.readTree(submitted.getBody()).get("trackingCode").asText();
        complete(
                "staff",
                task("staff", clue, "Task_ClassifyClue"),
                Map.of("category", "交通出行", "route", "CONSULTATION_TOPIC", "street", "布吉街道"));

        // a member cannot turn clues into a topic; a bad body is refused by field
        assertThat(post("member", "/api/consultations", createBody(code)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = post("staff", "/api/consultations", Map.of("title", "", "origin", "CLUES"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("title").contains("kind").contains("clues");

        ResponseEntity<String> created = post("staff", "/api/consultations", createBody(code));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String topic = json.readTree(created.getBody()).get("id").asText();

        // the clue is converted and linked, and its triage no longer waits at Event_TopicCreated
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(api("staff", "/api/clues/" + clue).get("status").asText())
                    .isEqualTo("CONVERTED");
            assertThat(runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(clue)
                            .processDefinitionKey("clue-triage")
                            .count())
                    .isZero();
        });
        // the same clue cannot become a second topic
        assertThat(post("staff", "/api/consultations", createBody(code)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        complete("leader", task("leader", topic, "Task_ApproveTopic"), Map.of("decision", "APPROVE"));
        complete(
                "member",
                task("member", topic, "Task_PrepareTopic"),
                Map.of(
                        "preparation", "MORE",
                        "visitedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "place", "海吉星市场",
                        "peopleMet", "商户、居民",
                        "findings", "过街需绕行800米"));
        complete(
                "member",
                task("member", topic, "Task_PrepareTopic"),
                Map.of("preparation", "DONE", "report", "建议建设人行天桥。", "draftSuggestions", "一、建天桥"));
        complete(
                "staff",
                task("staff", topic, "Task_ScheduleMeeting"),
                Map.of(
                        "meetingOn",
                                LocalDate.now(ZoneId.of("Asia/Shanghai"))
                                        .plusDays(3)
                                        .toString(),
                        "place", "布吉街道办",
                        "members", "member",
                        "departments", "transport, education"));
        // a meeting without online participation takes no public opinions: 409
        ResponseEntity<String> closed = rest.postForEntity(
                "/api/public/consultations/" + topic + "/opinions", Map.of("text", "我支持建天桥"), String.class);
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(closed.getHeaders().getContentType().toString()).contains("problem+json");

        complete(
                "staff",
                task("staff", topic, "Task_RecordMeeting"),
                Map.of(
                        "heldOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "members", "member",
                        "departments", "transport, education",
                        "residentCount", 12,
                        "minutes", "与会各方同意建设人行天桥，增设信号灯。"));
        String itemize = "Task_ItemizeSuggestions";
        complete("staff", task("staff", topic, itemize), itemized("建设人行天桥", "transport", "ANOTHER"));
        complete("staff", task("staff", topic, itemize), itemized("路口增设信号灯", "transport", "ANOTHER"));
        complete("staff", task("staff", topic, itemize), itemized("学校开展交通安全教育", "transport, education", "TRANSFER"));

        TopicId id = new TopicId(topic);
        List<HandlingId> handlings = List.of(
                handling(id, 1, "transport"),
                handling(id, 2, "transport"),
                handling(id, 3, "transport"),
                handling(id, 3, "education"));
        for (HandlingId h : handlings) {
            String officer = "dept-" + h.department().value();
            openTransferredHandling(h.value());
            complete(officer, task(officer, h.value(), "Task_ReceiveHandling"), Map.of("decision", "RECEIVE"));
            complete(
                    officer,
                    task(officer, h.value(), "Task_PreHandlingContact"),
                    Map.of(
                            "contactedOn",
                            LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                            "method",
                            "PHONE",
                            "notes",
                            "与牵头委员沟通"));
        }
        // the topic page shows the suggestions with each department's handling before any answer
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = api("staff", "/api/consultations/" + topic);
            assertThat(view.get("status").asText()).isEqualTo("FOLLOWING_UP");
            // awaited as assertions: the read model follows asynchronously, so nothing is indexed before it is there
            assertThat(view.get("suggestions")).hasSize(3);
            assertThat(view.get("suggestions").get(2).get("answers").findValuesAsText("department"))
                    .containsExactly("transport", "education");
        });
        // not adopting needs a reason: the reply form says which field
        String reply = task("dept-education", handlings.get(3).value(), "Task_Reply");
        ResponseEntity<String> noReason = completeResponse(
                "dept-education", reply, Map.of("action", "REPLY", "adoption", "NOT_ADOPTED", "text", "暂无条件"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("notAdoptedReason");

        for (HandlingId h : handlings) {
            String officer = "dept-" + h.department().value();
            Map<String, Object> answer = new HashMap<>();
            answer.put("action", "REPLY");
            answer.put("adoption", h.department().value().equals("education") ? "ALREADY_DONE" : "ADOPTED");
            answer.put("text", "已列入年度计划，三个月内完成。");
            answer.put(
                    "plannedOn",
                    LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3).toString());
            complete(officer, task(officer, h.value(), "Task_Reply"), answer);
        }

        // the last answer closed the follow-up: the office records the result and submits it as a report
        complete(
                "staff",
                task("staff", topic, "Task_RecordResult"),
                Map.of("summary", "人行天桥三个月内建成，路口增设信号灯。", "asReport", "YES"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = api("leader", "/api/consultations/" + topic);
            assertThat(view.get("status").asText()).isEqualTo("CONCLUDED");
            assertThat(view.get("adopted").asInt()).isEqualTo(4);
            assertThat(view.get("suggestions").findValuesAsText("adoption")).hasSize(4);
            assertThat(api("staff", "/api/clues/" + clue).get("status").asText())
                    .isEqualTo("CLOSED");
            assertThat(page("staff", "/consultations/" + topic))
                    .contains(TITLE)
                    .contains("已办结")
                    .contains("交通运输局")
                    .doesNotContain(topic);
        });
        assertThat(events.readEvents("consultation-" + topic)
                        .asStream()
                        .map(m -> m.getPayload())
                        .filter(OpinionReportDrafted.class::isInstance)
                        .map(OpinionReportDrafted.class::cast)
                        .toList())
                .singleElement()
                .satisfies(r -> assertThat(r.sources())
                        .containsExactly(new ReportSource(ReportSource.Kind.CONSULTATION, topic)));
        // the citizen's tracking page tells the outcome
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        rest.getForEntity("/public/track/" + code, String.class).getBody())
                .contains(TITLE)
                .contains("协商办结"));
        // the list filters and the statistics count the meeting and the answers
        assertThat(api("staff", "/api/consultations?status=CONCLUDED&street=布吉街道")
                        .get("items")
                        .findValuesAsText("topicId"))
                .contains(topic);
        JsonNode stats = api(
                "staff",
                "/api/consultations/stats?from="
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + "&to="
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
        assertThat(stats.get("departments").findValuesAsText("department")).contains("transport", "education");
        JsonNode member = api("staff", "/api/members/member/consultations");
        assertThat(member.get("topicsLed").asLong()).isPositive();
        assertThat(member.get("meetingsAttended").asLong()).isPositive();
        assertThat(member.get("suggestionsAdopted").asLong()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void thePublicGivesOpinionsOnAnOnlineTopicWhichTheOfficeModeratesAndLifts() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "社区停车难怎么办");
        body.put("background", "老旧小区车位不足。");
        body.put("kind", "ONLINE");
        body.put("origin", "MEMBERS");
        body.put("street", "龙城街道");
        body.put("leadMembers", "member");
        ResponseEntity<String> created = post("member", "/api/consultations", body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String topic = json.readTree(created.getBody()).get("id").asText();
        complete("leader", task("leader", topic, "Task_ApproveTopic"), Map.of("decision", "APPROVE"));
        complete("member", task("member", topic, "Task_PrepareTopic"), Map.of("preparation", "DONE", "report", "调研报告"));
        complete(
                "staff",
                task("staff", topic, "Task_ScheduleMeeting"),
                Map.of(
                        "meetingOn",
                                LocalDate.now(ZoneId.of("Asia/Shanghai"))
                                        .plusDays(10)
                                        .toString(),
                        "place", "线上",
                        "onlineClosesOn",
                                LocalDate.now(ZoneId.of("Asia/Shanghai"))
                                        .plusDays(7)
                                        .toString()));

        ResponseEntity<String> empty = rest.postForEntity(
                "/api/public/consultations/" + topic + "/opinions", Map.of("text", ""), String.class);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("text");
        ResponseEntity<String> noConsent = rest.postForEntity(
                "/api/public/consultations/" + topic + "/opinions", Map.of("text", "好", "name", "张三"), String.class);
        assertThat(noConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noConsent.getBody()).contains("consentGivenForContact");

        ResponseEntity<String> given = rest.postForEntity(
                "/api/public/consultations/" + topic + "/opinions",
                Map.of("text", "建议利用学校操场夜间错时停车。<script>alert(1)</script>", "name", "张三", "consent", true),
                String.class);
        assertThat(given.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(given.getBody()).get("trackingCode").asText()).startsWith("YJ-");

        // not yet published: the public page does not show it, the office sees it with the name
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page("staff", "/consultations/" + topic))
                .contains("张三"));
        assertThat(rest.getForEntity("/public/consultations/" + topic, String.class)
                        .getBody())
                .doesNotContain("错时停车");
        assertThat(api("leader", "/api/consultations/" + topic).toString()).doesNotContain("张三");

        assertThat(post("member", "/api/consultations/" + topic + "/opinions/1/moderation", Map.of("publish", true))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("staff", "/api/consultations/" + topic + "/opinions/1/moderation", Map.of("publish", true))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String publicPage = rest.getForEntity("/public/consultations/" + topic, String.class)
                    .getBody();
            assertThat(publicPage).contains("错时停车").doesNotContain("张三").doesNotContain("<script>alert");
        });
        assertThat(post(
                                "staff",
                                "/api/consultations/" + topic + "/opinions/1/lift",
                                Map.of("text", "协调学校操场夜间错时停车", "departments", "教育局"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = api("staff", "/api/consultations/" + topic);
            assertThat(view.get("suggestions")).hasSize(1);
            assertThat(view.get("suggestions").get(0).get("fromOpinion").asInt())
                    .isEqualTo(1);
            assertThat(view.get("suggestions").get(0).get("departments").get(0).asText())
                    .isEqualTo("education");
        });

        // the closing time is a timer: fired, the topic takes no more opinions
        ProcessInstance consultation = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(topic)
                .processDefinitionKey("consultation")
                .singleResult();
        Job closing = management
                .createJobQuery()
                .processInstanceId(consultation.getId())
                .activityId("Timer_OnlineCloses")
                .singleResult();
        assertThat(closing).isNotNull();
        management.executeJob(closing.getId());
        assertThat(rest.postForEntity(
                                "/api/public/consultations/" + topic + "/opinions",
                                Map.of("text", "还有一个想法"),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(task("staff", topic, "Task_RecordMeeting")).isNotNull();
    }

    private static Map<String, Object> createBody(String clueCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", TITLE);
        body.put("background", "市场周边早晚高峰拥堵，行人过街需绕行。");
        body.put("kind", "NEIGHBOURHOOD");
        body.put("origin", "CLUES");
        body.put("clues", clueCode);
        body.put("district", "龙岗区");
        body.put("street", "布吉街道");
        body.put("leadMembers", "member");
        body.put("departments", "transport");
        return body;
    }

    private static Map<String, Object> itemized(String text, String departments, String next) {
        return Map.of("text", text, "departments", departments, "next", next);
    }

    private static HandlingId handling(TopicId topic, int n, String department) {
        return HandlingId.of(SuggestionSource.of(topic, n), new DepartmentCode(department), 1);
    }

    private ResponseEntity<String> post(String user, String path, Map<String, ?> body) {
        return rest.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    private JsonNode api(String user, String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private String task(String user, String businessKey, String key) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            ResponseEntity<String> response = rest.withBasicAuth(user, "demo")
                                    .getForEntity("/api/tasks?businessKey={key}", String.class, businessKey);
                            for (JsonNode task : json.readTree(response.getBody())) {
                                if (key.equals(task.get("key").asText())) {
                                    return task.get("id").asText();
                                }
                            }
                            return null;
                        },
                        id -> id != null);
    }

    private ResponseEntity<String> completeResponse(String user, String taskId, Map<String, Object> body) {
        return rest.withBasicAuth(user, "demo")
                .exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST, new HttpEntity<>(body), String.class);
    }

    private void complete(String user, String taskId, Map<String, Object> body) {
        ResponseEntity<String> done = completeResponse(user, taskId, body);
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
