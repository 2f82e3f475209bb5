package org.tongxin.infra.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.proposal.ProposalNumbers;

/**
 * What a form refers to is resolved and checked by the server: a clue by its tracking code, a department by its
 * name, a co-signer by their name; anything that does not exist is a 400 naming the field (on the page an inline
 * message) and the task stays open. Proposals are numbered per year when filed, and found by their number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReferencesIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ProposalNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    record Clue(String id, String trackingCode) {}

    @Test
    void aClueIsMergedIntoAnotherByItsTrackingCode() throws Exception {
        Clue earlier = submit("龙城街道路灯不亮");
        Clue later = submit("龙城街道晚上路灯坏了");

        MockHttpServletResponse merged = complete(
                "staff",
                task("staff", later.id(), "Task_ClassifyClue"),
                Map.of(
                        "category",
                        "城市管理",
                        "route",
                        "MERGE",
                        "mergeInto",
                        earlier.trackingCode().toLowerCase(java.util.Locale.ROOT)));

        assertThat(merged.getStatus()).as(merged.getContentAsString()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(json.readTree(api("/api/clues/" + later.id(), "staff"))
                                .path("mergedInto")
                                .asText())
                        .isEqualTo(earlier.id()));
    }

    @Test
    void aMergeTargetThatDoesNotExistIsRefusedNamingTheFieldAndTheTaskStaysOpen() throws Exception {
        Clue clue = submit("并入不存在的线索");
        String task = task("staff", clue.id(), "Task_ClassifyClue");

        MockHttpServletResponse refused =
                complete("staff", task, Map.of("category", "城市管理", "route", "MERGE", "mergeInto", "TX-00000000"));

        assertBadRequest(refused, "mergeInto");
        MockHttpServletResponse page =
                submitPage("staff", task, Map.of("category", "城市管理", "route", "MERGE", "mergeInto", "TX-00000000"));
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("id=\"err-mergeInto\"").contains("找不到线索“TX-00000000”");
        assertThat(task("staff", clue.id(), "Task_ClassifyClue")).isEqualTo(task);
    }

    @Test
    void aCategoryOutsideTheCommitteesListIsRefused() throws Exception {
        Clue clue = submit("类别拼写错误");
        MockHttpServletResponse refused = complete(
                "staff",
                task("staff", clue.id(), "Task_ClassifyClue"),
                Map.of("category", "交通出形", "route", "PUBLISH_FOR_ADOPTION"));
        assertBadRequest(refused, "category");
    }

    @Test
    void aCoSignerWhoIsNoMemberIsRefusedAndAMemberIsNamedByName() throws Exception {
        Clue clue = adopted("联名人不存在");
        String draft = task("member", clue.id(), "Task_DraftProposal");
        Map<String, Object> body = Map.of("title", "关于路灯维护的提案", "content", "建议建立路灯巡检制度。", "coSigners", "nobody123");

        assertBadRequest(complete("member", draft, body), "coSigners");
        MockHttpServletResponse page = submitPage("member", draft, body);
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("没有名为“nobody123”的委员");

        MockHttpServletResponse drafted =
                complete("member", draft, Map.of("title", "关于路灯维护的提案", "content", "建议建立路灯巡检制度。", "coSigners", "李委员"));
        assertThat(drafted.getStatus()).as(drafted.getContentAsString()).isEqualTo(204);
        JsonNode coSign = json.readTree(api("/api/tasks?scope=MINE&process=proposal-lifecycle", "member2"));
        assertThat(coSign.findValuesAsText("key")).contains("Task_ConfirmCoSignature");
    }

    @Test
    void departmentsAreNamedByNameATypoIsRefusedAndTheFiledProposalIsFoundByItsNumber() throws Exception {
        String proposal = filed("交办单位拼写错误");
        String assign = task("staff", proposal, "Task_AssignDepartments");

        assertBadRequest(complete("staff", assign, Map.of("mode", "SEPARATE", "separate", "transprt")), "separate");
        MockHttpServletResponse page = submitPage("staff", assign, Map.of("mode", "SEPARATE", "separate", "transprt"));
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("没有名为“transprt”的承办单位");
        assertBadRequest(
                complete(
                        "staff",
                        assign,
                        Map.of("mode", "SEPARATE", "separate", "transport", "supervisingLeader", "nobody")),
                "supervisingLeader");

        MockHttpServletResponse assigned = complete(
                "staff", assign, Map.of("mode", "SEPARATE", "separate", "交通运输局、教育局", "supervisingLeader", "陈志远"));
        assertThat(assigned.getStatus()).as(assigned.getContentAsString()).isEqualTo(204);
        assertThat(task("dept-transport", proposal + "/transport/1", "Task_ReceiveHandling"))
                .isNotBlank();
        assertThat(task("dept-education", proposal + "/education/1", "Task_ReceiveHandling"))
                .isNotBlank();

        String number = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> json.readTree(api("/api/proposals/" + proposal, "staff"))
                                .path("number")
                                .asText(""),
                        n -> !n.isEmpty());
        assertThat(number).matches("\\d{4}-\\d{4}");
        String inbox = page("/?q=" + "第" + number + "号", "dept-transport");
        assertThat(inbox).contains("第" + number + "号 · 交办单位拼写错误 · 交通运输局").doesNotContain(">" + proposal);
        assertThat(page("/?q=拼写错误", "dept-transport")).contains("交办单位拼写错误");
        assertThat(page("/?q=TX-ZZZZZZZZ", "dept-transport")).doesNotContain("交办单位拼写错误");
        assertThat(json.readTree(api("/api/tasks?q=" + number, "dept-transport"))
                        .findValuesAsText("key"))
                .containsExactly("Task_ReceiveHandling");
        JsonNode lookup = json.readTree(api("/api/proposals/lookup?q=" + number, "staff"));
        assertThat(lookup.findValuesAsText("value")).containsExactly(number);
    }

    @Test
    void filingNumbersCountUpPerYearAreNeverSharedAndARefusedFilingGivesItsNumberBack() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> drawn = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                drawn.add(pool.submit(() -> {
                    String n = transactions.execute(status -> numbers.next());
                    return n;
                }));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> f : drawn) {
                distinct.add(f.get());
            }
            assertThat(distinct).hasSize(12).allMatch(n -> n.matches("\\d{4}-\\d{4}"));
        } finally {
            pool.shutdown();
        }
        String before = transactions.execute(status -> {
            String n = numbers.next();
            status.setRollbackOnly();
            return n;
        });
        String after = transactions.execute(status -> numbers.next());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void pickersListWhatTheSystemKnows() throws Exception {
        assertThat(json.readTree(api("/api/directory/departments?q=交通", "staff"))
                        .findValuesAsText("value"))
                .containsExactly("transport");
        assertThat(json.readTree(api("/api/directory/departments?q=交通", "staff"))
                        .findValuesAsText("label"))
                .containsExactly("交通运输局");
        assertThat(json.readTree(api("/api/directory/members?q=李", "member")).findValuesAsText("value"))
                .containsExactly("member2");
        assertThat(json.readTree(api("/api/directory/leaders", "staff")).findValuesAsText("label"))
                .contains("陈志远");
        assertThat(json.readTree(api("/api/categories", "member")).findValuesAsText("value"))
                .contains("交通出行", "城市管理");
        assertThat(json.readTree(api("/api/categories?q=交通", "member")).findValuesAsText("value"))
                .containsExactly("交通出行");

        Clue clue = submit("查找线索编号");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        json.readTree(api("/api/clues/lookup?q=" + clue.trackingCode(), "staff"))
                                .findValuesAsText("value"))
                .containsExactly(clue.trackingCode()));
        assertThat(status(get("/lookup/departments?q=教育").with(user(accounts.loadUserByUsername("staff")))))
                .isEqualTo(200);
        assertThat(status(get("/api/clues/lookup?q=x").with(httpBasic("dept-transport", "demo"))))
                .isEqualTo(403);
        assertBadRequest(
                mvc.perform(get("/api/directory/members?q=" + "长".repeat(101)).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse(),
                "q");
    }

    @Test
    void theOfficeKeepsTheCategoryList() throws Exception {
        String body = "{\"name\":\"营商环境\",\"sortOrder\":15}";
        assertThat(status(post("/api/categories")
                        .with(httpBasic("member", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)))
                .isEqualTo(403);
        assertThat(status(post("/api/categories")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)))
                .isEqualTo(201);
        assertThat(json.readTree(api("/api/categories", "staff")).findValuesAsText("value"))
                .contains("营商环境");
        assertBadRequest(
                mvc.perform(post("/api/categories")
                                .with(httpBasic("staff", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\" \"}"))
                        .andReturn()
                        .getResponse(),
                "name");

        Clue clue = submit("新类别可用");
        String classify = task("staff", clue.id(), "Task_ClassifyClue");
        assertThat(status(delete("/api/categories/营商环境").with(httpBasic("staff", "demo"))))
                .isEqualTo(204);
        assertBadRequest(
                complete("staff", classify, Map.of("category", "营商环境", "route", "PUBLISH_FOR_ADOPTION")), "category");
        assertThat(status(delete("/api/categories/营商环境").with(httpBasic("staff", "demo"))))
                .isEqualTo(404);
    }

    // --- the chain up to the step under test ---------------------------------------------------------------------

    private Clue adopted(String title) throws Exception {
        Clue clue = submit(title);
        complete204(
                "staff",
                task("staff", clue.id(), "Task_ClassifyClue"),
                Map.of("category", "城市管理", "route", "PUBLISH_FOR_ADOPTION"));
        complete204("member", task("member", clue.id(), "Task_AdoptClue"), Map.of());
        return clue;
    }

    /** A member's proposal from a clue, filed by the office; its id. */
    private String filed(String title) throws Exception {
        Clue clue = adopted(title);
        complete204(
                "member",
                task("member", clue.id(), "Task_DraftProposal"),
                Map.of("title", title, "content", "建议：" + title));
        String proposal = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> json.readTree(api("/api/clues/" + clue.id(), "staff"))
                                .path("targetId")
                                .asText(""),
                        id -> !id.isEmpty());
        complete204(
                "staff", task("staff", proposal, "Task_ReviewFiling"), Map.of("decision", "FILE", "category", "城市管理"));
        return proposal;
    }

    private Clue submit(String title) throws Exception {
        int n = CLIENTS.incrementAndGet();
        MockHttpServletResponse response = mvc.perform(post("/api/public/clues")
                        .with(r -> {
                            r.setRemoteAddr("10.40." + (n / 250) + "." + (n % 250 + 1));
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
        JsonNode receipt = json.readTree(response.getContentAsString());
        return new Clue(receipt.get("id").asText(), receipt.get("trackingCode").asText());
    }

    private String task(String user, String businessKey, String key) throws Exception {
        for (JsonNode task : json.readTree(api("/api/tasks?businessKey=" + businessKey, user))) {
            if (key.equals(task.get("key").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " for " + businessKey);
    }

    private MockHttpServletResponse complete(String user, String taskId, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/tasks/" + taskId + "/complete")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse();
    }

    private void complete204(String user, String taskId, Map<String, Object> body) throws Exception {
        MockHttpServletResponse done = complete(user, taskId, body);
        assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(204);
    }

    /** The task page's form, posted as a browser does. */
    private MockHttpServletResponse submitPage(String user, String taskId, Map<String, Object> body) throws Exception {
        MockHttpServletRequestBuilder request = post("/tasks/" + taskId)
                .with(user(accounts.loadUserByUsername(user)))
                .with(csrf());
        body.forEach((k, v) -> request.param(k, String.valueOf(v)));
        return mvc.perform(request).andReturn().getResponse();
    }

    private String api(String path, String user) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(path + " " + response.getContentAsString())
                .isEqualTo(200);
        return response.getContentAsString();
    }

    private String page(String path, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private void assertBadRequest(MockHttpServletResponse response, String field) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json.readTree(response.getContentAsString()).get("errors").findValuesAsText("field"))
                .contains(field);
    }
}
