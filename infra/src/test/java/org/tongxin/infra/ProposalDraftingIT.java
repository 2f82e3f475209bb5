package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.infra.tasks.TaskApi;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;

/**
 * Proposals written without a clue, through HTTP only: a member drafts one with a co-signer, rewrites it, submits it,
 * the co-signer confirms and the office files it, exactly as a clue's proposal goes; a member withdraws his before
 * filing, saying why, and the office's review task goes away with it; a body's collective proposal, by its own account
 * and by the office, is filed under the body's name; the office enters a member's paper proposal, which the member
 * then finds among his. Bad input is a 400 naming the field, an edit after submission a 409.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProposalDraftingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    RuntimeService runtime;

    @Autowired
    OpenApiWebMvcResource apiDocs;

    @Autowired
    UserAccounts accounts;

    @Test
    void aMemberDraftsEditsAndSubmitsAndTheCoSignerConfirmsAndItIsFiled() throws Exception {
        MockHttpServletResponse created = send(
                "member",
                post("/api/proposals"),
                Map.of(
                        "title", "关于社区充电桩建设的提案",
                        "category", "城市建设",
                        "content", "老旧小区电动车充电设施不足，飞线充电隐患大。",
                        "suggestions", "一、统一规划建设充电桩；二、物业负责日常管理。"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String id = json.readTree(created.getContentAsString()).get("id").asText();
        JsonNode draft =
                awaitProposal("member", id, p -> "DRAFT".equals(p.get("status").asText()));
        assertThat(draft.get("kind").asText()).isEqualTo("MEMBER");
        assertThat(draft.get("suggestions").asText()).startsWith("一、统一规划");

        MockHttpServletResponse edited = send(
                "member",
                put("/api/proposals/" + id),
                Map.of(
                        "title", "关于加快老旧小区充电桩建设的提案",
                        "category", "城市建设",
                        "content", "老旧小区电动车充电设施不足，飞线充电隐患大，近年多次引发火情。",
                        "suggestions", "一、统一规划建设充电桩；二、物业负责日常管理；三、消防定期检查。",
                        "coSigners", "李委员"));
        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(204);
        JsonNode rewritten =
                awaitProposal("member", id, p -> "JOINT".equals(p.get("kind").asText()));
        assertThat(rewritten.get("title").asText()).isEqualTo("关于加快老旧小区充电桩建设的提案");
        assertThat(rewritten.get("coSigners").get(0).get("userId").asText()).isEqualTo("member2");

        // nobody else submits it
        assertThat(send("member2", post("/api/proposals/" + id + "/submit"), Map.of())
                        .getStatus())
                .isEqualTo(403);
        assertThat(send("member", post("/api/proposals/" + id + "/submit"), Map.of())
                        .getStatus())
                .isEqualTo(204);
        awaitProposal(
                "member", id, p -> "AWAITING_CO_SIGNERS".equals(p.get("status").asText()));
        MockHttpServletResponse late =
                send("member", put("/api/proposals/" + id), Map.of("title", "又改了", "content", "提交后不能再改。"));
        assertThat(late.getStatus()).as(late.getContentAsString()).isEqualTo(409);
        assertThat(late.getContentType()).startsWith("application/problem+json");

        TaskApi tasks = new TaskApi(mvc, json);
        tasks.complete(
                "member2",
                tasks.task("member2", id, ProposalLifecycleProcess.TASK_CONFIRM_CO_SIGNATURE),
                Map.of("decision", "CONFIRM"));
        tasks.complete(
                "staff",
                tasks.task("staff", id, ProposalLifecycleProcess.TASK_REVIEW_FILING),
                Map.of("decision", "FILE", "category", "城市建设"));
        JsonNode filed =
                awaitProposal("member", id, p -> "FILED".equals(p.get("status").asText()));
        assertThat(filed.get("number").asText()).matches("\\d{4}-\\d{4,6}");
        assertThat(filed.get("coSigners").get(0).get("response").asText()).isEqualTo("CONFIRMED");
        assertThat(send("member", post("/api/proposals/" + id + "/withdraw"), Map.of("reason", "太晚了"))
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void aMemberWithdrawsBeforeFilingSayingWhyAndTheReviewTaskGoes() throws Exception {
        MockHttpServletResponse created = send(
                "member",
                post("/api/proposals"),
                Map.of(
                        "title", "关于公园增设公共厕所的提案",
                        "content", "龙城公园游客多，公共厕所少。",
                        "action", "SUBMIT"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String id = json.readTree(created.getContentAsString()).get("id").asText();
        new TaskApi(mvc, json).task("staff", id, ProposalLifecycleProcess.TASK_REVIEW_FILING);

        MockHttpServletResponse noReason = send("member", post("/api/proposals/" + id + "/withdraw"), Map.of());
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentType()).startsWith("application/problem+json");
        assertThat(noReason.getContentAsString()).contains("reason");

        assertThat(send("member", post("/api/proposals/" + id + "/withdraw"), Map.of("reason", "与另一件提案重复"))
                        .getStatus())
                .isEqualTo(204);
        JsonNode withdrawn = awaitProposal(
                "member", id, p -> "WITHDRAWN".equals(p.get("status").asText()));
        assertThat(withdrawn.get("endNote").asText()).isEqualTo("与另一件提案重复");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(id)
                        .count())
                .isZero();
        assertThat(mvc.perform(get("/api/tasks").param("businessKey", id).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("[]");
    }

    @Test
    void collectiveProposalsAreFiledUnderTheBodysName() throws Exception {
        MockHttpServletResponse own = send(
                "body-minjian",
                post("/api/proposals"),
                Map.of(
                        "title", "关于优化营商环境的提案",
                        "content", "企业办事环节多。",
                        "suggestions", "推行一网通办。",
                        "action", "SUBMIT"));
        assertThat(own.getStatus()).as(own.getContentAsString()).isEqualTo(201);
        String id = json.readTree(own.getContentAsString()).get("id").asText();
        TaskApi tasks = new TaskApi(mvc, json);
        tasks.complete(
                "staff",
                tasks.task("staff", id, ProposalLifecycleProcess.TASK_REVIEW_FILING),
                Map.of("decision", "FILE", "category", "经济发展"));
        JsonNode filed =
                awaitProposal("staff", id, p -> "FILED".equals(p.get("status").asText()));
        assertThat(filed.get("kind").asText()).isEqualTo("BODY");
        assertThat(filed.get("bodyName").asText()).isEqualTo("民建区委会");
        assertThat(filed.get("bodyType").asText()).isEqualTo("PARTY_GROUP");

        MockHttpServletResponse byOffice = send(
                "staff",
                post("/api/proposals"),
                Map.of("body", "sector-economy", "title", "关于发展数字经济的提案", "content", "数字经济占比偏低。"));
        assertThat(byOffice.getStatus()).as(byOffice.getContentAsString()).isEqualTo(201);
        String office = json.readTree(byOffice.getContentAsString()).get("id").asText();
        JsonNode sector = awaitProposal(
                "staff", office, p -> "DRAFT".equals(p.get("status").asText()));
        assertThat(sector.get("bodyName").asText()).isEqualTo("经济界");
        assertThat(send("staff", post("/api/proposals/" + office + "/submit"), Map.of())
                        .getStatus())
                .isEqualTo(204);
        awaitProposal(
                "staff", office, p -> "IN_FILING_REVIEW".equals(p.get("status").asText()));

        MockHttpServletResponse unknown =
                send("staff", post("/api/proposals"), Map.of("body", "no-such-body", "title", "题", "content", "文"));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("body");
    }

    @Test
    void theOfficeEntersAPaperProposalAndTheMemberSeesIt() throws Exception {
        MockHttpServletResponse noChannel = send(
                "staff", post("/api/proposals"), Map.of("member", "王委员", "title", "关于河道治理的提案", "content", "河道淤积。"));
        assertThat(noChannel.getStatus()).isEqualTo(400);
        assertThat(noChannel.getContentAsString()).contains("channel");

        MockHttpServletResponse entered = send(
                "staff",
                post("/api/proposals"),
                Map.of(
                        "member", "王委员",
                        "channel", "PAPER",
                        "title", "关于河道治理的提案",
                        "content", "河道淤积，汛期排水不畅。",
                        "action", "SUBMIT"));
        assertThat(entered.getStatus()).as(entered.getContentAsString()).isEqualTo(201);
        String id = json.readTree(entered.getContentAsString()).get("id").asText();
        JsonNode proposal = awaitProposal(
                "member", id, p -> "IN_FILING_REVIEW".equals(p.get("status").asText()));
        assertThat(proposal.get("leadProposer").asText()).isEqualTo("member");
        assertThat(proposal.get("channel").asText()).isEqualTo("PAPER");
        assertThat(proposal.get("draftedBy").asText()).isEqualTo("staff");
        assertThat(mvc.perform(get("/api/proposals").param("member", "member").with(httpBasic("member", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(id);
    }

    @Test
    void inThePagesTheOfficeEntersAPaperProposalAndTheMemberWithdrawsIt() throws Exception {
        MockHttpServletResponse noMember = mvc.perform(post("/proposals/new")
                        .param("for", "member")
                        .param("channel", "PAPER")
                        .param("title", "关于老旧小区加装电梯的提案")
                        .param("content", "加装电梯审批慢。")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(noMember.getStatus()).isEqualTo(400);
        assertThat(noMember.getContentAsString()).contains("id=\"err-member\"");

        MockHttpServletResponse entered = mvc.perform(post("/proposals/new")
                        .param("for", "member")
                        .param("member", "王委员")
                        .param("channel", "GROUP_DISCUSSION")
                        .param("title", "关于老旧小区加装电梯的提案")
                        .param("content", "加装电梯审批慢。")
                        .param("suggestions", "简化审批。")
                        .param("action", "SUBMIT")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(entered.getStatus()).as(entered.getContentAsString()).isEqualTo(302);
        assertThat(entered.getRedirectedUrl()).isEqualTo("/proposals?done=submitted&next=IN_FILING_REVIEW");
        String mine = await().atMost(Duration.ofSeconds(30))
                .until(() -> page("member", "/proposals"), html -> html.contains("关于老旧小区加装电梯的提案"));
        assertThat(mine).contains("由提案委代为录入（分组讨论）");
        String id = json.readTree(
                        mvc.perform(get("/api/proposals").param("q", "老旧小区加装电梯").with(httpBasic("member", "demo")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("items")
                .get(0)
                .get("proposalId")
                .asText();

        MockHttpServletResponse noReason = mvc.perform(post("/proposals/" + id + "/withdraw")
                        .with(user(accounts.loadUserByUsername("member")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("id=\"err-reason\"").contains("此项为必填项。");
        MockHttpServletResponse withdrawn = mvc.perform(post("/proposals/" + id + "/withdraw")
                        .param("reason", "已在另一件提案中提出")
                        .with(user(accounts.loadUserByUsername("member")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(withdrawn.getRedirectedUrl()).isEqualTo("/proposals?done=withdrawn");
        String casePage = await().atMost(Duration.ofSeconds(30))
                .until(() -> page("member", "/cases/" + id), html -> html.contains("已撤回"));
        assertThat(casePage).contains("已在另一件提案中提出");
        assertThat(page("member", "/proposals")).contains("已在另一件提案中提出");
    }

    @Test
    void anotherMembersDraftIsNotThere() throws Exception {
        MockHttpServletResponse created =
                send("member", post("/api/proposals"), Map.of("title", "关于社区图书馆延时开放的提案", "content", "下班后无法借书。"));
        String id = json.readTree(created.getContentAsString()).get("id").asText();
        awaitProposal("member", id, p -> "DRAFT".equals(p.get("status").asText()));
        assertThat(mvc.perform(get("/api/proposals/" + id).with(httpBasic("member2", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/cases/" + id).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/proposals").with(httpBasic("member2", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(id);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theApiDocumentsWritingProposals() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v3/api-docs");
        JsonNode docs = json.readTree(
                new String(apiDocs.openapiJson(request, "/v3/api-docs", Locale.ROOT), StandardCharsets.UTF_8));
        JsonNode paths = docs.get("paths");
        assertThat(paths.get("/api/proposals").has("post")).isTrue();
        assertThat(paths.get("/api/proposals/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/proposals/{id}/submit").has("post")).isTrue();
        assertThat(paths.get("/api/proposals/{id}/withdraw").has("post")).isTrue();
    }

    @Test
    void badInputNamesTheField() throws Exception {
        MockHttpServletResponse noTitle =
                send("member", post("/api/proposals"), Map.of("content", "内容", "coSigners", "没有这个人"));
        assertThat(noTitle.getStatus()).isEqualTo(400);
        assertThat(noTitle.getContentType()).startsWith("application/problem+json");
        assertThat(noTitle.getContentAsString()).contains("title").contains("coSigners");
        assertThat(send("leader", post("/api/proposals"), Map.of("title", "题", "content", "文"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send("member", put("/api/proposals/no-such"), Map.of("title", "题", "content", "文"))
                        .getStatus())
                .isEqualTo(404);
        // a clue's id names no proposal: the proposal is not found, the clue's events are never read as one
        String clue = json.readTree(send(
                                "member",
                                post("/api/public/clues"),
                                Map.of("title", "路灯不亮", "content", "东门路灯坏了。", "source", "CITIZEN_IDEA"))
                        .getContentAsString())
                .get("id")
                .asText();
        MockHttpServletResponse notAProposal = send("staff", post("/api/proposals/" + clue + "/submit"), Map.of());
        assertThat(notAProposal.getStatus())
                .as(notAProposal.getContentAsString())
                .isEqualTo(404);
    }

    private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request, Map<String, ?> body)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse();
    }

    private JsonNode awaitProposal(String user, String id, java.util.function.Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            MockHttpServletResponse r = mvc.perform(
                                            get("/api/proposals/" + id).with(httpBasic(user, "demo")))
                                    .andReturn()
                                    .getResponse();
                            return r.getStatus() == 200 ? json.readTree(r.getContentAsString()) : null;
                        },
                        p -> p != null && until.test(p));
    }
}
