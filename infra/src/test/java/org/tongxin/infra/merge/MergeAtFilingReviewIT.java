package org.tongxin.infra.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.infra.tasks.TaskApi;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;

/**
 * Merging at the filing review (并案), through HTTP only: two members submit proposals on the same problem; the office
 * files the first and, completing the second's review task, merges it into the first. The second is not filed, its
 * lifecycle ends, its case page says in words which proposal it is handled with, and the first's case page lists it
 * by title and proposer. Merging a proposal into itself is refused and leaves the review task open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MergeAtFilingReviewIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    RuntimeService runtime;

    @Autowired
    UserAccounts accounts;

    @Test
    void theOfficeMergesTheSecondOfTwoSimilarProposalsIntoTheFirst() throws Exception {
        String first = submit("member", "关于学校周边交通拥堵治理的提案", "上下学高峰期学校周边道路拥堵，接送车辆乱停。");
        String second = submit("member2", "关于缓解学校门口交通拥堵的提案", "学校门口上下学时段交通拥堵，家长车辆随意停放。");
        TaskApi tasks = new TaskApi(mvc, json);
        tasks.complete(
                "staff",
                tasks.task("staff", first, ProposalLifecycleProcess.TASK_REVIEW_FILING),
                Map.of("decision", "FILE", "category", "城市建设"));
        String number = awaitProposal(first, p -> "FILED".equals(p.get("status").asText()))
                .get("number")
                .asText();

        String review = tasks.task("staff", second, ProposalLifecycleProcess.TASK_REVIEW_FILING);
        MockHttpServletResponse itself = mvc.perform(post("/api/tasks/" + review + "/complete")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("decision", "MERGE", "mergeInto", second))))
                .andReturn()
                .getResponse();
        assertThat(itself.getStatus()).as(itself.getContentAsString()).isEqualTo(422);
        assertThat(itself.getContentAsString()).contains("PROPOSAL-MERGE-002");

        tasks.complete("staff", review, Map.of("decision", "MERGE", "mergeInto", number, "note", "同一问题"));
        JsonNode merged =
                awaitProposal(second, p -> "NOT_FILED".equals(p.get("status").asText()));
        assertThat(merged.get("mergedInto").asText()).isEqualTo(first);
        assertThat(merged.get("mergedIntoLabel").asText()).isEqualTo(number);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(second)
                                .count()
                        == 0);

        String proposerPage = page("member2", "/cases/" + second);
        assertThat(proposerPage).contains("并入第" + number + "号提案办理");
        String targetPage = page("staff", "/cases/" + first);
        assertThat(targetPage).contains("并入本案的提案").contains("关于缓解学校门口交通拥堵的提案");
    }

    private String submit(String member, String title, String content) throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/proposals")
                        .with(httpBasic(member, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", title, "content", content, "action", "SUBMIT"))))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String id = json.readTree(created.getContentAsString()).get("id").asText();
        awaitProposal(id, p -> "IN_FILING_REVIEW".equals(p.get("status").asText()));
        return id;
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private JsonNode awaitProposal(String id, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            MockHttpServletResponse r = mvc.perform(
                                            get("/api/proposals/" + id).with(httpBasic("staff", "demo")))
                                    .andReturn()
                                    .getResponse();
                            return r.getStatus() == 200 ? json.readTree(r.getContentAsString()) : null;
                        },
                        p -> p != null && until.test(p));
    }
}
