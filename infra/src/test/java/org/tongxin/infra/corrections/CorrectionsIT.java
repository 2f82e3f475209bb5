package org.tongxin.infra.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.UserAccounts;

/**
 * The office corrects a handling assigned to the wrong department: the first department's task goes away, the right
 * department receives the item, and the audit log shows who moved it and why. What cannot be corrected is refused
 * with the field or the rule, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CorrectionsIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    /** The flash attributes of the last page post, as the page redirected to would receive them. */
    private Map<String, Object> lastFlash = Map.of();

    @Test
    void aWronglyAssignedHandlingIsMovedToTheRightDepartmentAndTheAuditShowsWhy() throws Exception {
        String proposal = assignedTo("transport", "误交交通运输局的提案");
        String handling = proposal + "/transport/1";
        assertThat(tasks("dept-transport", handling)).contains("Task_ReceiveHandling");

        assertBadRequest(correct("staff", handling, "transprt", "交办有误"), "department");
        assertBadRequest(correct("staff", handling, "教育局", " "), "reason");
        assertThat(correct("dept-transport", handling, "教育局", "交办有误").getStatus())
                .isEqualTo(403);

        MockHttpServletResponse corrected = correct("staff", handling, "教育局", "属教育局职责，交办时选错");
        assertThat(corrected.getStatus()).as(corrected.getContentAsString()).isEqualTo(204);

        assertThat(tasks("dept-transport", handling)).isEmpty();
        assertThat(tasks("dept-education", handling)).containsExactly("Task_ReceiveHandling");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode audit = json.readTree(api("/api/audit?aggregateId=" + handling, "staff"));
            assertThat(audit.toString()).contains("属教育局职责，交办时选错").contains("staff");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        json.readTree(api("/api/handlings/one?id=" + proposal + "/education/1", "staff"))
                                .path("handling")
                                .path("status")
                                .asText())
                .isEqualTo("ASSIGNED"));

        // the old handling is over: correcting it again finds nothing open
        assertThat(correct("staff", handling, "教育局", "再改一次").getStatus()).isEqualTo(404);
    }

    @Test
    void theCorrectionPageNamesTheFieldThatIsWrongAndIsTheOfficesAlone() throws Exception {
        String proposal = assignedTo("education", "更正页面的提案");
        String handling = proposal + "/education/1";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mvc.perform(get("/corrections/handling")
                                        .param("id", handling)
                                        .with(user(accounts.loadUserByUsername("staff"))))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        assertThat(mvc.perform(get("/corrections/handling")
                                .param("id", handling)
                                .with(user(accounts.loadUserByUsername("member"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MockHttpServletResponse refused = mvc.perform(post("/corrections/handling")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("id", handling)
                        .param("department", "交通局")
                        .param("reason", "交办有误"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("id=\"err-department\"")
                .contains("没有名为“交通局”的承办单位");

        MockHttpServletResponse done = mvc.perform(post("/corrections/handling")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("id", handling)
                        .param("department", "交通运输局")
                        .param("reason", "交办有误"))
                .andReturn()
                .getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/cases/" + proposal);
        assertThat(tasks("dept-transport", handling)).containsExactly("Task_ReceiveHandling");
    }

    @Test
    void aCoSignerNamedByMistakeIsReplacedAndTheReplacementIsAsked() throws Exception {
        accounts.createIfAbsent("member3", passwords.encode("demo"), "张委员", Role.MEMBER, null);
        String clue = submit("联名人选错的提案");
        complete(
                "staff",
                task("staff", clue, "Task_ClassifyClue"),
                Map.of("category", "城市管理", "route", "PUBLISH_FOR_ADOPTION"));
        complete("member", task("member", clue, "Task_AdoptClue"), Map.of());
        complete(
                "member",
                task("member", clue, "Task_DraftProposal"),
                Map.of("title", "联名人选错的提案", "content", "建议：联名人选错", "coSigners", "李委员"));
        String proposal = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> json.readTree(api("/api/clues/" + clue, "staff"))
                                .path("targetId")
                                .asText(""),
                        id -> !id.isEmpty());
        assertThat(tasks("member2", proposal)).containsExactly("Task_ConfirmCoSignature");

        assertBadRequest(replaceCoSigner("staff", proposal, "member2", "nobody123", "选错了"), "replacement");
        assertThat(replaceCoSigner("member", proposal, "member2", "张委员", "选错了").getStatus())
                .isEqualTo(403);
        MockHttpServletResponse replaced = replaceCoSigner("staff", proposal, "李委员", "张委员", "应请张委员联名");
        assertThat(replaced.getStatus()).as(replaced.getContentAsString()).isEqualTo(204);

        assertThat(tasks("member2", proposal)).isEmpty();
        complete("member3", task("member3", proposal, "Task_ConfirmCoSignature"), Map.of("decision", "CONFIRM"));
        assertThat(tasks("staff", proposal)).containsExactly("Task_ReviewFiling");
        assertThat(replaceCoSigner("staff", proposal, "member3", "李委员", "再换回来").getStatus())
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(api("/api/audit?aggregateId=" + proposal, "staff")).contains("应请张委员联名");
            assertThat(json.readTree(api("/api/proposals/" + proposal, "staff"))
                            .get("coSigners")
                            .findValuesAsText("userId"))
                    .containsExactly("member3");
        });
    }

    @Test
    void theCoSignerPageReplacesAPendingCoSignerAndIsLinkedOnlyWhileCoSigningIsOpen() throws Exception {
        accounts.createIfAbsent("member3", passwords.encode("demo"), "张委员", Role.MEMBER, null);
        String proposal = awaitingCoSigner("联名页面的提案", "李委员");
        String form = "/corrections/co-signer?proposal=" + proposal + "&replaced=member2";
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> page("staff", "/cases/" + proposal).getContentAsString(),
                        html -> html.contains("href=\"" + form.replace("&", "&amp;") + "\""));
        assertThat(page("member", "/cases/" + proposal).getContentAsString()).doesNotContain("/corrections/co-signer");

        MockHttpServletResponse shown = page("staff", form);
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsString())
                .contains("更换联名委员")
                .contains("id=\"f-replacement\"")
                .contains("/lookup/members")
                .contains("name=\"_csrf\"");
        assertThat(page("member", form).getStatus()).isEqualTo(403);

        MockHttpServletResponse refused = replaceOnPage(proposal, "member2", "没有这个人", "选错了");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString())
                .contains("id=\"err-replacement\"")
                .contains("没有名为“没有这个人”的委员");
        MockHttpServletResponse noReason = replaceOnPage(proposal, "member2", "张委员", " ");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("id=\"err-reason\"");
        assertThat(tasks("member2", proposal)).containsExactly("Task_ConfirmCoSignature");

        MockHttpServletResponse done = replaceOnPage(proposal, "member2", "张委员", "应请张委员联名");
        assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/cases/" + proposal);
        assertThat(lastFlash.get("notice")).isEqualTo("cosignerCorrection.done");
        assertThat(mvc.perform(get("/cases/" + proposal)
                                .with(user(accounts.loadUserByUsername("staff")))
                                .flashAttrs(lastFlash))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"notice\"")
                .contains("已更换联名委员");
        assertThat(tasks("member2", proposal)).isEmpty();
        assertThat(tasks("member3", proposal)).containsExactly("Task_ConfirmCoSignature");

        // once the read side has it, the replaced co-signer is no longer pending: no page, no link for them
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page("staff", form).getStatus()).isEqualTo(404));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        page("staff", "/cases/" + proposal).getContentAsString())
                .doesNotContain("replaced=member2")
                .contains("replaced=member3"));
        complete("member3", task("member3", proposal, "Task_ConfirmCoSignature"), Map.of("decision", "CONFIRM"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        page("staff", "/cases/" + proposal).getContentAsString())
                .doesNotContain("/corrections/co-signer"));
    }

    @Test
    void theCategoriesPageListsAddsAndRetiresForTheOfficeAlone() throws Exception {
        MockHttpServletResponse list = page("staff", "/categories");
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("提案类别").contains("城市管理").contains("name=\"_csrf\"");
        assertThat(page("admin", "/categories").getStatus()).isEqualTo(200);
        assertThat(page("member", "/categories").getStatus()).isEqualTo(403);
        assertThat(page("staff", "/inbox").getContentAsString()).contains("href=\"/categories\"");
        assertThat(page("member", "/inbox").getContentAsString()).doesNotContain("href=\"/categories\"");

        MockHttpServletResponse blank = categoryPost("/categories", "  ");
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("id=\"err-name\"").contains("请填写类别名称");
        MockHttpServletResponse unknown = categoryPost("/categories/retire", "没有这个类别");
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("id=\"err-retire\"").contains("没有在用的类别“没有这个类别”");

        MockHttpServletResponse added = categoryPost("/categories", "页面新增类别");
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo("/categories");
        assertThat(lastFlash.get("notice")).isEqualTo("categories.added");
        assertThat(api("/api/categories", "member")).contains("页面新增类别");
        assertThat(page("staff", "/categories").getContentAsString()).contains("页面新增类别");

        MockHttpServletResponse retired = categoryPost("/categories/retire", "页面新增类别");
        assertThat(retired.getStatus()).isEqualTo(302);
        assertThat(lastFlash.get("notice")).isEqualTo("categories.retired");
        assertThat(api("/api/categories", "member")).doesNotContain("页面新增类别");
        assertThat(categoryPost("/categories/retire", "页面新增类别").getStatus()).isEqualTo(400);
    }

    private String awaitingCoSigner(String title, String coSigner) throws Exception {
        String clue = submit(title);
        complete(
                "staff",
                task("staff", clue, "Task_ClassifyClue"),
                Map.of("category", "城市管理", "route", "PUBLISH_FOR_ADOPTION"));
        complete("member", task("member", clue, "Task_AdoptClue"), Map.of());
        complete(
                "member",
                task("member", clue, "Task_DraftProposal"),
                Map.of("title", title, "content", "建议：" + title, "coSigners", coSigner));
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> json.readTree(api("/api/clues/" + clue, "staff"))
                                .path("targetId")
                                .asText(""),
                        id -> !id.isEmpty());
    }

    private MockHttpServletResponse page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse replaceOnPage(String proposal, String replaced, String replacement, String reason)
            throws Exception {
        return remember(mvc.perform(post("/corrections/co-signer")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("proposal", proposal)
                        .param("replaced", replaced)
                        .param("replacement", replacement)
                        .param("reason", reason))
                .andReturn());
    }

    private MockHttpServletResponse remember(MvcResult result) {
        lastFlash = result.getFlashMap();
        return result.getResponse();
    }

    private MockHttpServletResponse categoryPost(String path, String name) throws Exception {
        return remember(mvc.perform(post(path)
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("name", name))
                .andReturn());
    }

    // --- the chain up to an assignment ----------------------------------------------------------------------------

    private String assignedTo(String department, String title) throws Exception {
        String clue = submit(title);
        complete(
                "staff",
                task("staff", clue, "Task_ClassifyClue"),
                Map.of("category", "城市管理", "route", "PUBLISH_FOR_ADOPTION"));
        complete("member", task("member", clue, "Task_AdoptClue"), Map.of());
        complete(
                "member", task("member", clue, "Task_DraftProposal"), Map.of("title", title, "content", "建议：" + title));
        String proposal = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> json.readTree(api("/api/clues/" + clue, "staff"))
                                .path("targetId")
                                .asText(""),
                        id -> !id.isEmpty());
        complete("staff", task("staff", proposal, "Task_ReviewFiling"), Map.of("decision", "FILE", "category", "城市管理"));
        complete(
                "staff",
                task("staff", proposal, "Task_AssignDepartments"),
                Map.of("mode", "SEPARATE", "separate", department));
        return proposal;
    }

    private MockHttpServletResponse replaceCoSigner(
            String user, String proposal, String replaced, String replacement, String reason) throws Exception {
        return mvc.perform(post("/api/corrections/co-signer")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "proposal", proposal,
                                "replaced", replaced,
                                "replacement", replacement,
                                "reason", reason))))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse correct(String user, String handling, String department, String reason)
            throws Exception {
        return mvc.perform(post("/api/corrections/handling-department")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("handling", handling, "department", department, "reason", reason))))
                .andReturn()
                .getResponse();
    }

    private String submit(String title) throws Exception {
        int n = CLIENTS.incrementAndGet();
        MockHttpServletResponse response = mvc.perform(post("/api/public/clues")
                        .with(r -> {
                            r.setRemoteAddr("10.50." + (n / 250) + "." + (n % 250 + 1));
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "title", title,
                                "content", title + "，请有关部门处理。",
                                "source", "CITIZEN_IDEA",
                                "district", "龙岗区",
                                "street", "龙城街道"))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("id").asText();
    }

    private List<String> tasks(String user, String businessKey) throws Exception {
        List<String> keys = new ArrayList<>();
        for (JsonNode task : json.readTree(api("/api/tasks?businessKey=" + businessKey, user))) {
            keys.add(task.get("key").asText());
        }
        return keys;
    }

    private String task(String user, String businessKey, String key) throws Exception {
        for (JsonNode task : json.readTree(api("/api/tasks?businessKey=" + businessKey, user))) {
            if (key.equals(task.get("key").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " for " + businessKey);
    }

    private void complete(String user, String taskId, Map<String, Object> body) throws Exception {
        MockHttpServletResponse done = mvc.perform(post("/api/tasks/" + taskId + "/complete")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse();
        assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(204);
    }

    private String api(String path, String user) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(path + " " + response.getContentAsString())
                .isEqualTo(200);
        return response.getContentAsString();
    }

    private void assertBadRequest(MockHttpServletResponse response, String field) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(json.readTree(response.getContentAsString()).get("errors").findValuesAsText("field"))
                .contains(field);
    }
}
