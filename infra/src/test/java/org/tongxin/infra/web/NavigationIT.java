package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.infra.tasks.TaskApi;

/**
 * Where a person lands: the next step of the same case after a task, a released claim taken back from the task
 * page, 已办结 for a task completed already, the citizen's error pages leading back to the public pages, and each
 * role's home.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NavigationIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    @Test
    void afterAdoptingAClueTheMemberGoesStraightOnToDraftingIt() throws Exception {
        String clue = submit("公交站台缺少遮雨棚");
        completeByApi(
                "staff",
                task("staff", clue, "Task_ClassifyClue"),
                Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"));
        String adopt = task("member", clue, "Task_AdoptClue");

        MvcResult adopted = mvc.perform(
                        post("/tasks/" + adopt).with(as("member")).with(csrf()))
                .andReturn();

        String draft = task("member", clue, "Task_DraftProposal");
        assertThat(adopted.getResponse().getStatus()).isEqualTo(302);
        assertThat(adopted.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + draft);
        assertThat(adopted.getFlashMap().get("done")).isEqualTo("认领线索");
        assertThat(mvc.perform(get("/tasks/" + draft).with(as("member")).flashAttr("done", "认领线索"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"flash-done\"")
                .contains("已完成：认领线索。下一步也由您办理");
    }

    @Test
    void aStepOfferedToAGroupIsNotTakenForThePersonWhoFinishedTheLastOne() throws Exception {
        String clue = submit("路口红绿灯时间太短");
        String classify = task("staff", clue, "Task_ClassifyClue");

        MockHttpServletResponse done = mvc.perform(post("/tasks/" + classify)
                        .param("category", "交通出行")
                        .param("route", "PUBLISH_FOR_ADOPTION")
                        .with(as("staff"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(done.getRedirectedUrl()).isEqualTo("/inbox");
    }

    @Test
    void aReleasedClaimCanBeTakenBackFromTheTaskPage() throws Exception {
        String clue = submit("菜市场周边停车难");
        String classify = task("staff", clue, "Task_ClassifyClue");

        mvc.perform(post("/tasks/" + classify + "/claim")
                .param("back", "task")
                .with(as("staff"))
                .with(csrf()));
        assertThat(assignee(classify)).isEqualTo("staff");
        assertThat(page("/tasks/" + classify, "staff"))
                .contains("/tasks/" + classify + "/unclaim")
                .contains("class=\"btn btn-small btn-ghost unclaim\"");

        MockHttpServletResponse released = mvc.perform(post("/tasks/" + classify + "/unclaim")
                        .param("back", "task")
                        .with(as("staff"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(released.getRedirectedUrl()).isEqualTo("/tasks/" + classify);
        assertThat(assignee(classify)).isNull();
        assertThat(page("/tasks/" + classify, "staff")).contains("/tasks/" + classify + "/claim");

        mvc.perform(post("/tasks/" + classify + "/claim")
                .param("back", "task")
                .with(as("staff"))
                .with(csrf()));
        assertThat(assignee(classify)).isEqualTo("staff");
    }

    @Test
    void postingATaskThatWasCompletedAlreadySaysSoOnTheApiAndThePage() throws Exception {
        String clue = submit("小区电梯经常故障");
        String classify = task("staff", clue, "Task_ClassifyClue");
        Map<String, Object> body = Map.of("category", "城市管理", "route", "PUBLISH_FOR_ADOPTION");
        completeByApi("staff", classify, body);

        MockHttpServletResponse again = mvc.perform(post("/api/tasks/" + classify + "/complete")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(again.getContentAsString());
        assertThat(problem.get("type").asText()).isEqualTo("https://tongxin.org/problems/task-completed");
        assertThat(problem.get("detail").asText()).contains("already been completed");

        MockHttpServletResponse page = mvc.perform(post("/tasks/" + classify)
                        .param("category", "城市管理")
                        .param("route", "PUBLISH_FOR_ADOPTION")
                        .with(as("staff"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(409);
        assertThat(page.getContentAsString()).contains("此任务已办结").doesNotContain("内容不存在");

        // someone who never could see the task still cannot tell it existed
        assertThat(mvc.perform(post("/api/tasks/" + classify + "/complete")
                                .with(httpBasic("dept-transport", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(body)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aCitizensNotFoundPageLeadsBackToThePublicPagesNotTheStaffLogin() throws Exception {
        MockHttpServletResponse unknownCode = mvc.perform(fromNewClient(get("/public/track/TX-NOSUCH00")))
                .andReturn()
                .getResponse();
        assertThat(unknownCode.getStatus()).isEqualTo(404);
        assertThat(unknownCode.getContentAsString())
                .contains("href=\"/public/submit\"")
                .contains("href=\"/public/track\"")
                .doesNotContain("href=\"/\"");

        // a path nobody maps goes through the container's error page
        HttpHeaders html = new HttpHeaders();
        html.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        html.add("X-Forwarded-For", "10.32.9.9");
        ResponseEntity<String> unmapped =
                rest.exchange("/public/no-such-page", HttpMethod.GET, new HttpEntity<>(html), String.class);
        assertThat(unmapped.getStatusCode().value()).isEqualTo(404);
        assertThat(unmapped.getBody()).contains("href=\"/public/submit\"").doesNotContain("href=\"/\"");
    }

    @Test
    void aLeaderASupervisorAndADesignerEachStartOnTheirOwnHome() throws Exception {
        assertThat(page("/", "leader"))
                .contains("id=\"key-proposals\"")
                .contains("id=\"late\"")
                .doesNotContain("id=\"inbox\"");
        assertThat(page("/", "supervisor"))
                .contains("id=\"late\"")
                .contains("id=\"recent-audit\"")
                .doesNotContain("id=\"key-proposals\"");
        String designer = page("/", "designer");
        assertThat(designer).contains("id=\"processes\"").contains("线索分类").contains("/processes/diagram?definition=");
        String link = designer.replaceAll("(?s).*href=\"(/processes/diagram\\?definition=[^\"]+)\".*", "$1");
        assertThat(page(link.replace("&amp;", "&"), "designer"))
                .contains("id=\"diagrams\"")
                .contains("data-definition=");
        // the inbox stays everyone's, and is the home of the roles that work from it
        assertThat(page("/inbox", "leader")).contains("id=\"inbox\"");
        assertThat(page("/", "staff")).contains("id=\"inbox\"");
        assertThat(page("/", "dept-transport")).contains("id=\"inbox\"");
    }

    private String assignee(String taskId) throws Exception {
        JsonNode task = json.readTree(mvc.perform(get("/api/tasks/" + taskId).with(httpBasic("staff", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode assignee = task.get("assignee");
        return assignee == null || assignee.isNull() ? null : assignee.asText();
    }

    private String page(String path, String user) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String submit(String title) throws Exception {
        MockHttpServletResponse response = mvc.perform(fromNewClient(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", title, "content", title + "，请有关部门关注。", "source", "CITIZEN_IDEA")))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("id").asText();
    }

    private String task(String user, String businessKey, String key) {
        return new TaskApi(mvc, json).task(user, businessKey, key);
    }

    private void completeByApi(String user, String taskId, Map<String, Object> body) throws Exception {
        new TaskApi(mvc, json).complete(user, taskId, body);
    }

    /** Every submission from its own address, so the public rate limit stays out of these tests. */
    private static MockHttpServletRequestBuilder fromNewClient(MockHttpServletRequestBuilder request) {
        int n = CLIENTS.incrementAndGet();
        return request.with(r -> {
            r.setRemoteAddr("10.32." + (n / 250) + "." + (n % 250 + 1));
            return r;
        });
    }
}
