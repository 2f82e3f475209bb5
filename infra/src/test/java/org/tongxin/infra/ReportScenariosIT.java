package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.engine.clue.AdoptClue;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.engine.clue.ConvertClue;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.proposal.DraftProposal;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.SubmitProposal;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;

/**
 * The report path's other ends: a proposal the filing review converts becomes a report in its proposer's name that
 * carries its text and links back (and its clue hears when the report is not adopted); a report returned as often as
 * the rule allows cannot be returned again, and is forwarded to another channel instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportScenariosIT {

    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommandGateway commands;

    @Test
    void aProposalConvertedAtFilingReviewBecomesAReportThatLinksBackAndItsClueHearsTheOutcome() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String clue = "clue-" + suffix;
        String proposal = "P-" + suffix;
        String title = "关于增设社区充电桩的提案" + suffix;
        String content = "老旧小区电动自行车充电难，飞线充电隐患大。建议在小区内增设集中充电桩。";
        commands.sendAndWait(new RegisterClue(
                new ClueId(clue),
                "TX-R" + suffix.toUpperCase().substring(0, 7),
                "充电难" + suffix,
                "小区电动车充电难。",
                ClueSource.CITIZEN_IDEA,
                new Location("龙岗区", "龙城街道"),
                new Attribution("member", null, null),
                null,
                ActorRef.citizen()));
        commands.sendAndWait(new ClassifyClue(
                new ClueId(clue), "城市建设", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF));
        commands.sendAndWait(new AdoptClue(new ClueId(clue), MEMBER));
        commands.sendAndWait(new DraftProposal(
                new ProposalId(proposal),
                title,
                content,
                ProposerKind.MEMBER,
                "member",
                List.of(),
                null,
                List.of(new ClueId(clue)),
                MEMBER));
        commands.sendAndWait(new ConvertClue(new ClueId(clue), ConversionTarget.PROPOSAL, proposal, MEMBER));
        commands.sendAndWait(new SubmitProposal(new ProposalId(proposal), MEMBER));

        complete(
                "staff",
                awaitTask("staff", proposal, "Task_ReviewFiling"),
                Map.of("decision", "CONVERT", "note", "一事一议，适合以社情民意信息反映"));

        String report = "p-" + proposal;
        JsonNode view = await().atMost(Duration.ofSeconds(20))
                .until(() -> get("staff", "/api/reports/" + report), r -> r != null);
        assertThat(view.path("title").asText()).isEqualTo(title);
        assertThat(view.path("content").asText()).isEqualTo(content);
        assertThat(view.path("author").asText()).isEqualTo("member");
        assertThat(view.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.path("sources").findValuesAsText("id")).containsExactly(proposal, clue);
        // the proposal's lineage reaches the report
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        get("staff", "/api/cases/" + proposal + "/lineage").toString())
                .contains(report));

        complete(
                "staff",
                awaitTask("staff", report, "Task_ReviewReport"),
                Map.of("decision", "DECLINE", "ground", "LITTLE_REFERENCE_VALUE"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(get("member", "/api/reports/" + report)
                            .path("declineGround")
                            .asText())
                    .isEqualTo("LITTLE_REFERENCE_VALUE");
            JsonNode c = get("staff", "/api/clues/" + clue);
            assertThat(c.path("status").asText()).isEqualTo("CLOSED");
        });
        assertThat(get("staff", "/api/cases/" + clue).toString()).contains("未被采用");
    }

    @Test
    void aReportIsReturnedAtMostTwiceThenForwarded() throws Exception {
        ResponseEntity<String> created = rest.withBasicAuth("member", "demo")
                .postForEntity(
                        "/api/reports",
                        Map.of("title", "关于夜间施工噪音的情况反映", "content", "某工地夜间施工噪音扰民。建议加强夜间施工审批和巡查。"),
                        String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String report = json.readTree(created.getBody()).get("id").asText();
        for (int round = 1; round <= 2; round++) {
            complete(
                    "staff",
                    awaitTask("staff", report, "Task_ReviewReport"),
                    Map.of("decision", "RETURN", "reason", "第" + round + "次：请补充工地位置"));
            complete(
                    "member",
                    awaitTask("member", report, "Task_ReviseReport"),
                    Map.of("title", "关于夜间施工噪音的情况反映", "content", "龙城街道某工地夜间施工噪音扰民（第" + round + "次修改）。"));
        }
        String review = awaitTask("staff", report, "Task_ReviewReport");
        ResponseEntity<String> third = rest.withBasicAuth("staff", "demo")
                .exchange(
                        "/api/tasks/" + review + "/complete",
                        HttpMethod.POST,
                        new HttpEntity<>(Map.of("decision", "RETURN", "reason", "再改")),
                        String.class);
        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(third.getBody()).contains("REPORT-RETURN-002");

        complete("staff", review, Map.of("decision", "FORWARD", "channel", "区委办公室信息科"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = get("member", "/api/reports/" + report);
            assertThat(view.path("status").asText()).isEqualTo("FORWARDED");
            assertThat(view.path("forwardedTo").asText()).isEqualTo("区委办公室信息科");
            assertThat(view.path("returns")).hasSize(2);
            assertThat(view.path("versions")).hasSize(3);
        });
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        return response.getStatusCode() == HttpStatus.OK ? json.readTree(response.getBody()) : null;
    }

    private String awaitTask(String user, String businessKey, String key) {
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

    private void complete(String user, String taskId, Map<String, Object> body) {
        ResponseEntity<String> done = rest.withBasicAuth(user, "demo")
                .exchange(
                        "/api/tasks/" + taskId + "/complete",
                        HttpMethod.POST,
                        new HttpEntity<>(new HashMap<>(body)),
                        String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
