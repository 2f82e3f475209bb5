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
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.process.EngineClock;
import org.tongxin.infra.process.Scenario;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.infra.shared.HomeSection;

/**
 * A key proposal (重点提案) through the HTTP API as its people use it: the office assigns it to transport with a
 * supervising leader; the leader's list shows the department's clock; the reply runs late and the overdue follow-up
 * lands with that leader alone; the leader records a 督办 meeting; the department replies, the proposer evaluates,
 * and the office records the committee's vote from its task list; the case page, its timeline, the statistics and
 * the audit log show it all. The reply's lateness comes from moving the engine clock, which the domain follows here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({EngineClock.class, Scenario.class, KeyProposalChainIT.AnotherFeaturesList.class})
class KeyProposalChainIT {

    /** A list another feature puts on the supervisor's home, as the supervision pool and opinion reports will. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AnotherFeaturesList {

        @Bean
        HomeSection supervisionPoolStandIn() {
            return new HomeSection() {
                @Override
                public Set<Role> roles() {
                    return Set.of(Role.SUPERVISOR);
                }

                @Override
                public String template() {
                    return "test-home-section";
                }

                @Override
                public String fragment() {
                    return "probe";
                }

                @Override
                public void contribute(TongxinUser me, Model model) {
                    model.addAttribute("testHomeSection", "民主监督议题库 · " + me.username());
                }
            };
        }
    }

    private static final String AGREED = "交通运输局两周内提交学校周边交通组织方案，教育局同步落实错峰放学。";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Scenario scenario;

    @AfterEach
    void resetClock() {
        Scenario.reset();
    }

    @Test
    void theKeyProposalEndpointsAreInTheOpenApiDocument() throws Exception {
        JsonNode paths = json.readTree(page("staff", "/v3/api-docs")).get("paths");
        assertThat(paths.has("/api/key-proposals")).isTrue();
        assertThat(paths.get("/api/key-proposals/{id}/meetings").has("post")).isTrue();
    }

    @Test
    void anotherFeaturesListShowsOnTheHomeOfTheRolesItNamesOnly() throws Exception {
        assertThat(page("supervisor", "/"))
                .contains("id=\"key-proposal-clocks\"")
                .contains("id=\"test-home-section\"")
                .contains("民主监督议题库 · supervisor");
        assertThat(page("leader", "/")).doesNotContain("id=\"test-home-section\"");
    }

    @Test
    void theSupervisingLeaderFollowsUpHoldsAMeetingAndTheCommitteesVoteIsShownOnTheCase() throws Exception {
        String proposal = scenario.proposalFromClue(scenario.submitClue("学校周边上下学交通拥堵"), null);
        complete("staff", task("staff", proposal, "Task_ReviewFiling"), Map.of("decision", "FILE", "category", "交通出行"));
        complete(
                "staff",
                task("staff", proposal, "Task_AssignDepartments"),
                Map.of("mode", "SEPARATE", "separate", "交通运输局", "supervisingLeader", "陈志远"));
        String handling = proposal + "/transport/1";

        // the leader's list: their key proposal with the department's clock
        JsonNode mine =
                await().atMost(Duration.ofSeconds(20)).until(() -> keyProposal("leader", proposal), n -> n != null);
        assertThat(mine.get("proposal").get("supervisingLeader").asText()).isEqualTo("leader");
        assertThat(mine.get("handlings").findValuesAsText("department")).containsExactly("transport");
        assertThat(mine.get("overdue").asInt()).isZero();
        assertThat(mine.get("fewestDaysLeft").asInt()).isPositive();
        assertThat(keyProposal("supervisor", proposal)).isNotNull();
        assertThat(rest.withBasicAuth("member", "demo")
                        .getForEntity("/api/key-proposals", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        complete(
                "dept-transport",
                task("dept-transport", handling, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        complete(
                "dept-transport",
                task("dept-transport", handling, "Task_PreHandlingContact"),
                Map.of(
                        "contactedOn",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "method",
                        "PHONE",
                        "notes",
                        "电话沟通了办理思路"));

        // the reply runs late: the follow-up is the leader's, the office does not get it
        scenario.advance(Duration.ofDays(100));
        String followUp = task("leader", handling, "Task_FollowUpOverdue");
        assertThat(tasks("staff", handling).findValuesAsText("key")).doesNotContain("Task_FollowUpOverdue");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        keyProposal("leader", proposal).get("overdue").asInt())
                .isEqualTo(1));
        assertThat(page("leader", "/"))
                .contains("id=\"my-tasks\"")
                .contains("督办逾期")
                .contains("1 个单位逾期");
        complete("leader", followUp, Map.of("note", "已约谈交通运输局，要求一周内答复"));

        // a 督办 meeting: refused by name when incomplete, then recorded
        ResponseEntity<String> empty = postMeeting("leader", proposal, Map.of());
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("heldOn", "participants", "departments", "agreed");
        LocalDate today = LocalDate.ofInstant(scenario.now(), ZoneId.of("Asia/Shanghai"));
        Map<String, Object> meeting = Map.of(
                "heldOn",
                today.toString(),
                "participants",
                "区政协副主席陈志远，区交通运输局分管负责同志",
                "departments",
                List.of("交通运输局"),
                "agreed",
                AGREED);
        assertThat(postMeeting("member", proposal, meeting).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> recorded = postMeeting("leader", proposal, meeting);
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        complete(
                "dept-transport",
                task("dept-transport", handling, "Task_Reply"),
                Map.of("action", "REPLY", "outcome", "A", "text", "已设置临时接送车位和护学岗。"));
        complete(
                "member",
                task("member", handling, "Task_EvaluateReply"),
                Map.of("handlingWork", "SATISFIED", "result", "SATISFIED"));

        // the committee's vote, recorded by the office from its task list
        String vote = await().atMost(Duration.ofSeconds(20))
                .until(() -> findTask("staff", proposal, "Task_RecordHandlingVote"), id -> id != null);
        ResponseEntity<String> tooMany = submit(
                "staff",
                vote,
                Map.of("voters", 40, "satisfied", 31, "basicallySatisfied", 8, "unsatisfied", 2, "abstained", 1));
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getBody()).contains("\"field\":\"voters\"");
        ResponseEntity<String> negative = submit(
                "staff",
                vote,
                Map.of("voters", 45, "satisfied", -1, "basicallySatisfied", 8, "unsatisfied", 2, "abstained", 1));
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody()).contains("\"field\":\"satisfied\"");
        ResponseEntity<String> huge = submit(
                "staff",
                vote,
                Map.of(
                        "voters",
                        99_999_999_999L,
                        "satisfied",
                        31,
                        "basicallySatisfied",
                        8,
                        "unsatisfied",
                        2,
                        "abstained",
                        1));
        assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(huge.getBody()).contains("PROPOSAL-VOTE-006");
        complete(
                "staff",
                vote,
                Map.of("voters", 45, "satisfied", 31, "basicallySatisfied", 8, "unsatisfied", 2, "abstained", 1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = api("staff", "/api/proposals/" + proposal);
            assertThat(view.get("status").asText()).isEqualTo("CLOSED");
            assertThat(view.get("vote").get("result").asText()).isEqualTo("SATISFIED");
            assertThat(view.get("vote").get("voters").asInt()).isEqualTo(45);
            assertThat(view.get("meetings").findValuesAsText("agreed")).containsExactly(AGREED);
        });
        String casePage = page("leader", "/cases/" + proposal);
        assertThat(casePage)
                .contains("id=\"key-proposal\"")
                .contains("陈志远")
                .contains("参加表决 45 人")
                .contains("<span class=\"tile-n\">31</span>")
                .contains(AGREED)
                .contains("召开督办会议")
                .contains("票决评价：参加表决 45 人")
                .doesNotContain("SATISFIED")
                .doesNotContain(">leader<");
        assertThat(page("leader", "/cases/" + proposal + "?asOf=" + today)).contains(AGREED);
        assertThat(api("staff", "/api/stats?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                        .get("keyProposalVotes")
                        .get("satisfied")
                        .asLong())
                .isPositive();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        api("supervisor", "/api/audit?aggregateId=" + proposal).toString())
                .contains("KeyProposalMeetingRecorded")
                .contains("HandlingVoteRecorded"));
    }

    private JsonNode keyProposal(String user, String proposal) throws Exception {
        for (JsonNode k : api(user, "/api/key-proposals")) {
            if (proposal.equals(k.get("proposal").get("proposalId").asText())) {
                return k;
            }
        }
        return null;
    }

    private ResponseEntity<String> postMeeting(String user, String proposal, Map<String, Object> body) {
        return rest.withBasicAuth(user, "demo")
                .exchange(
                        "/api/key-proposals/" + proposal + "/meetings",
                        HttpMethod.POST,
                        new HttpEntity<>(body),
                        String.class);
    }

    private JsonNode api(String user, String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode tasks(String user, String businessKey) throws Exception {
        return api(user, "/api/tasks?businessKey=" + businessKey);
    }

    private String findTask(String user, String businessKey, String key) throws Exception {
        for (JsonNode task : tasks(user, businessKey)) {
            if (key.equals(task.get("key").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    private String task(String user, String businessKey, String key) throws Exception {
        String id = findTask(user, businessKey, key);
        assertThat(id).as(user + " has " + key + " for " + businessKey).isNotNull();
        return id;
    }

    private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> body) {
        ResponseEntity<String> form =
                rest.withBasicAuth(user, "demo").getForEntity("/api/tasks/" + taskId + "/form", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        return rest.withBasicAuth(user, "demo")
                .exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST, new HttpEntity<>(body), String.class);
    }

    private void complete(String user, String taskId, Map<String, Object> body) {
        ResponseEntity<String> done = submit(user, taskId, body);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
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
