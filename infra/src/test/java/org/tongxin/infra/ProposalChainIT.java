package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The main path of the chain through the HTTP API alone, as the officers' clients use it: a citizen's clue is
 * classified, adopted, drafted into a joint proposal, co-signed, filed, assigned to two departments, answered by
 * both, evaluated by the proposer and the co-signer, closed — and the clue gets its feedback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProposalChainIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Test
    void aCitizensIdeaBecomesAProposalThatTwoDepartmentsAnswerAndItsSubmitterHearsBack() throws Exception {
        ResponseEntity<String> submitted = rest.postForEntity(
                "/api/public/clues",
                Map.of(
                        "title", "地铁出口共享单车乱停放",
                        "content", "龙城街道地铁站出口被共享单车占用，学生上学通行困难。",
                        "source", "CITIZEN_IDEA",
                        "district", "龙岗区",
                        "street", "龙城街道"),
                String.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String clue = json.readTree(submitted.getBody()).get("id").asText();
        String trackingCode =
                json.readTree(submitted.getBody()).get("trackingCode").asText();

        complete(
                "staff",
                task("staff", clue, "Task_ClassifyClue"),
                Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"));
        complete("member", task("member", clue, "Task_AdoptClue"), Map.of());
        complete(
                "member",
                task("member", clue, "Task_DraftProposal"),
                Map.of(
                        "title", "关于规范地铁出口共享单车停放的提案",
                        "content", "建议在地铁出口划定停放区，学校周边加强巡查。",
                        "coSigners", "member2"));

        String proposal = proposalOf("member2");
        complete("member2", task("member2", proposal, "Task_ConfirmCoSignature"), Map.of("decision", "CONFIRM"));
        complete("staff", task("staff", proposal, "Task_ReviewFiling"), Map.of("decision", "FILE", "category", "城市管理"));
        complete(
                "staff",
                task("staff", proposal, "Task_AssignDepartments"),
                Map.of("mode", "SEPARATE", "separate", "transport, education"));

        for (String department : new String[] {"transport", "education"}) {
            String officer = "dept-" + department;
            String handling = proposal + "/" + department + "/1";
            complete(officer, task(officer, handling, "Task_ReceiveHandling"), Map.of("decision", "RECEIVE"));
            complete(
                    officer,
                    task(officer, handling, "Task_PreHandlingContact"),
                    Map.of(
                            "contactedOn",
                            LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                            "method",
                            "PHONE",
                            "notes",
                            "电话沟通"));
            complete(
                    officer,
                    task(officer, handling, "Task_Reply"),
                    Map.of("action", "REPLY", "outcome", "A", "text", department + "已落实：划定停放区并加强巡查。"));
            complete(
                    "member",
                    task("member", handling, "Task_EvaluateReply"),
                    Map.of("handlingWork", "SATISFIED", "result", "SATISFIED"));
            complete(
                    "member2",
                    task("member2", handling, "Task_EvaluateReply"),
                    Map.of("handlingWork", "BASICALLY_SATISFIED", "result", "SATISFIED"));
        }

        assertThat(tasks("staff", proposal)).isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = json.readTree(rest.withBasicAuth("staff", "demo")
                    .getForEntity("/api/clues/" + clue, String.class)
                    .getBody());
            assertThat(view.get("status").asText()).isEqualTo("CLOSED");
            assertThat(view.get("feedbackCount").asInt()).isEqualTo(1);
            assertThat(view.get("lastFeedback").asText())
                    .contains("已形成提案并办结")
                    .contains("交通运输局 A类")
                    .contains("教育局 A类");
        });
        // the citizen reads what each department wrote, not only its outcome class
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(rest.getForEntity("/public/track/{code}", String.class, trackingCode)
                                .getBody())
                        .contains("id=\"feedback\"")
                        .contains("transport已落实：划定停放区并加强巡查。")
                        .contains("education已落实：划定停放区并加强巡查。"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode work = json.readTree(rest.withBasicAuth("dept-transport", "demo")
                    .getForEntity("/api/my/work", String.class)
                    .getBody());
            assertThat(work.get("completed").findValuesAsText("taskKey"))
                    .contains("Task_ReceiveHandling", "Task_PreHandlingContact", "Task_Reply");
            assertThat(work.get("completed").findValuesAsText("actorId")).containsOnly("dept-transport");
        });
    }

    /** The proposal id: the only open co-signature task of the co-signer belongs to it. */
    private String proposalOf(String coSigner) throws Exception {
        JsonNode list = json.readTree(rest.withBasicAuth(coSigner, "demo")
                .getForEntity("/api/tasks?scope=MINE&process=proposal-lifecycle", String.class)
                .getBody());
        assertThat(list).hasSize(1);
        return list.get(0).get("businessKey").asText();
    }

    private JsonNode tasks(String user, String businessKey) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/api/tasks?businessKey={key}", String.class, businessKey);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private String task(String user, String businessKey, String key) throws Exception {
        for (JsonNode task : tasks(user, businessKey)) {
            if (key.equals(task.get("key").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " for " + businessKey);
    }

    private void complete(String user, String taskId, Map<String, Object> body) {
        ResponseEntity<String> form =
                rest.withBasicAuth(user, "demo").getForEntity("/api/tasks/" + taskId + "/form", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> done = rest.withBasicAuth(user, "demo")
                .exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST, new HttpEntity<>(body), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
