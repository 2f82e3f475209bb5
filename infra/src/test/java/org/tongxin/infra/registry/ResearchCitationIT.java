package org.tongxin.infra.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.infra.shared.ResearchCitations;

/**
 * A member drafts a proposal through the API and a public-opinion report through the page form, each naming one of his
 * research topics (依托调研课题); the topic then counts both among its conversion results (转化成果) and lists them by
 * title with links. A topic that does not exist, or one the member has no part in, is a 400 naming
 * {@code researchTopicId} (the page: an inline message), and nothing is cited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResearchCitationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    ResearchCitations citations;

    private String member;
    private String suffix;

    @BeforeEach
    void aMemberOfTheCommittee() {
        suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        member = "cite-" + suffix;
        accounts.createIfAbsent(member, "{noop}demo", "钱委员" + suffix, Role.MEMBER, null);
    }

    @Test
    void aProposalAndAReportCitingATopicAreItsConversionResultsListedByTitle() throws Exception {
        int year = LocalDate.now(clock).getYear();
        String topicTitle = "城中村消防安全调研" + suffix;
        MockHttpServletResponse opened = send(
                member,
                post("/api/research-topics"),
                Map.of("title", topicTitle, "year", year, "participants", List.of()));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
        long topic = json.readTree(opened.getContentAsString()).get("id").asLong();

        // the drafting forms offer the member's topic by year and title
        for (String form : List.of("/proposals/new", "/reports/new", "/consultations/new")) {
            String page = page(member, form);
            assertThat(page).as(form).contains("name=\"researchTopicId\"").contains(year + " · " + topicTitle);
        }

        String proposalTitle = "关于城中村消防通道整治的提案" + suffix;
        MockHttpServletResponse proposal = send(
                member,
                post("/api/proposals"),
                Map.of(
                        "title", proposalTitle,
                        "category", "城市建设",
                        "content", "城中村握手楼间距小，消防车进不去。",
                        "suggestions", "一、清理占道；二、设置微型消防站。",
                        "researchTopicId", topic));
        assertThat(proposal.getStatus()).as(proposal.getContentAsString()).isEqualTo(201);
        String proposalId =
                json.readTree(proposal.getContentAsString()).get("id").asText();

        String reportTitle = "城中村电动车违规充电隐患突出" + suffix;
        MockHttpServletResponse report = mvc.perform(post("/reports/new")
                        .param("title", reportTitle)
                        .param("content", "楼道内电动车飞线充电普遍，夜间火灾风险大。")
                        .param("action", "SAVE")
                        .param("researchTopicId", Long.toString(topic))
                        .with(user(accounts.loadUserByUsername(member)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(report.getStatus()).as(report.getContentAsString()).isEqualTo(302);
        String reportId = report.getRedirectedUrl().replaceAll("^/reports/([^?]+).*$", "$1");

        // citing the same item again is one citation
        citations.cite(topic, "PROPOSAL", proposalId);

        JsonNode cited = api(member, "/api/research-topics/" + topic);
        assertThat(cited.get("citations").findValuesAsText("kind")).containsExactlyInAnyOrder("PROPOSAL", "REPORT");
        assertThat(cited.get("citations").findValuesAsText("itemId")).containsExactlyInAnyOrder(proposalId, reportId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String page = page(member, "/research/" + topic);
            assertThat(page)
                    .contains(proposalTitle)
                    .contains(reportTitle)
                    .contains("href=\"/cases/" + proposalId + "\"")
                    .contains("href=\"/reports/" + reportId + "\"")
                    .doesNotContain(">" + proposalId + "<");
            assertThat(page).containsPattern("转化成果</span>\\s*<span class=\"count\">2</span>");
        });
    }

    @Test
    void anEditedDraftShowsTheTopicItCitesAndNamingAnotherMovesTheCitation() throws Exception {
        int year = LocalDate.now(clock).getYear();
        long first = topic("老旧小区加装电梯调研" + suffix, year);
        long second = topic("老旧小区停车难调研" + suffix, year);
        MockHttpServletResponse report = mvc.perform(post("/reports/new")
                        .param("title", "老旧小区加装电梯协调难" + suffix)
                        .param("content", "低层住户反对，高层住户急需。")
                        .param("action", "SAVE")
                        .param("researchTopicId", Long.toString(first))
                        .with(user(accounts.loadUserByUsername(member)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(report.getStatus()).as(report.getContentAsString()).isEqualTo(302);
        String reportId = report.getRedirectedUrl().replaceAll("^/reports/([^?]+).*$", "$1");

        // the report's view is written by its projection, a moment after the redirect
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(page(member, "/reports/" + reportId + "/edit"))
                        .containsPattern("<option value=\"" + first + "\" selected=\"selected\"")
                        .doesNotContainPattern("<option value=\"" + second + "\" selected"));

        MockHttpServletResponse edited = mvc.perform(post("/reports/" + reportId + "/edit")
                        .param("title", "老旧小区加装电梯协调难" + suffix)
                        .param("content", "低层住户反对，高层住户急需。")
                        .param("action", "SAVE")
                        .param("researchTopicId", Long.toString(second))
                        .with(user(accounts.loadUserByUsername(member)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(302);
        assertThat(api(member, "/api/research-topics/" + first).get("citations").size())
                .isZero();
        assertThat(api(member, "/api/research-topics/" + second)
                        .get("citations")
                        .findValuesAsText("itemId"))
                .containsExactly(reportId);
        assertThat(page(member, "/reports/" + reportId + "/edit"))
                .containsPattern("<option value=\"" + second + "\" selected=\"selected\"");

        // saved again with no topic chosen: the draft no longer rests on one
        mvc.perform(post("/reports/" + reportId + "/edit")
                        .param("title", "老旧小区加装电梯协调难" + suffix)
                        .param("content", "低层住户反对，高层住户急需。")
                        .param("action", "SAVE")
                        .param("researchTopicId", "")
                        .with(user(accounts.loadUserByUsername(member)))
                        .with(csrf()))
                .andReturn();
        assertThat(api(member, "/api/research-topics/" + second)
                        .get("citations")
                        .size())
                .isZero();
    }

    private long topic(String title, int year) throws Exception {
        MockHttpServletResponse opened = send(
                member, post("/api/research-topics"), Map.of("title", title, "year", year, "participants", List.of()));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
        return json.readTree(opened.getContentAsString()).get("id").asLong();
    }

    @Test
    void anUnknownTopicOrAnotherMembersIsA400NamingTheFieldAndCitesNothing() throws Exception {
        int year = LocalDate.now(clock).getYear();
        MockHttpServletResponse opened = send(
                member,
                post("/api/research-topics"),
                Map.of("title", "养老服务调研" + suffix, "year", year, "participants", List.of()));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
        long topic = json.readTree(opened.getContentAsString()).get("id").asLong();
        Map<String, Object> proposal =
                Map.of("title", "关于社区食堂的提案" + suffix, "content", "老人吃饭难。", "suggestions", "建设社区食堂。");

        for (Object bad : List.of(Long.MAX_VALUE, "abc")) {
            MockHttpServletResponse refused = send(member, post("/api/proposals"), with(proposal, bad));
            assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(400);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(json.readTree(refused.getContentAsString()).get("errors").findValuesAsText("field"))
                    .containsExactly("researchTopicId");
        }
        // member2 has no part in this member's topic: not his to cite, by the API or by a form
        MockHttpServletResponse notHis = send("member2", post("/api/proposals"), with(proposal, topic));
        assertThat(notHis.getStatus()).as(notHis.getContentAsString()).isEqualTo(400);
        assertThat(json.readTree(notHis.getContentAsString()).get("errors").findValuesAsText("field"))
                .containsExactly("researchTopicId");
        MockHttpServletResponse report = send(
                "member2",
                post("/api/reports"),
                Map.of("title", "社区食堂", "content", "老人吃饭难。", "action", "SAVE", "researchTopicId", topic));
        assertThat(report.getStatus()).as(report.getContentAsString()).isEqualTo(400);
        assertThat(json.readTree(report.getContentAsString()).get("errors").findValuesAsText("field"))
                .containsExactly("researchTopicId");
        MockHttpServletResponse form = mvc.perform(post("/reports/new")
                        .param("title", "社区食堂")
                        .param("content", "老人吃饭难。")
                        .param("researchTopicId", Long.toString(topic))
                        .with(user(accounts.loadUserByUsername("member2")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(form.getStatus()).isEqualTo(400);
        assertThat(form.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"err-researchTopicId\"")
                .contains("没有这个调研课题");
        assertThat(api(member, "/api/research-topics/" + topic).get("citations").size())
                .isZero();
    }

    private static Map<String, Object> with(Map<String, Object> body, Object topic) {
        Map<String, Object> all = new java.util.HashMap<>(body);
        all.put("researchTopicId", topic);
        return all;
    }

    private MockHttpServletResponse send(String who, MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body))
                        .with(user(accounts.loadUserByUsername(who)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private JsonNode api(String who, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(who))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private String page(String who, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(who))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
