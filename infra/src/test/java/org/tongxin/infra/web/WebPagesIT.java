package org.tongxin.infra.web;

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
import java.util.Map;
import java.util.UUID;
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
import org.tongxin.infra.security.UserAccounts;

/**
 * The pages on the real application: what a submitter writes is shown as text everywhere, personal data reaches
 * staff only, forms need their CSRF token, pages carry a strict policy, and API POSTs are safe to retry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WebPagesIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    @Test
    void aScriptInATitleIsShownAsTextOnThePoolTheTaskAndTheTrackingPage() throws Exception {
        JsonNode receipt = submit(Map.of(
                "title", SCRIPT,
                "content", "<img src=x onerror=alert(2)>学校门口缺少红绿灯",
                "source", "CITIZEN_IDEA",
                "district", "南山区",
                "street", "粤海街道"));
        String clue = receipt.get("id").asText();
        awaitProjected(clue);
        String task = json.readTree(apiGet("/api/tasks?businessKey=" + clue, "staff"))
                .get(0)
                .get("id")
                .asText();

        awaitCase(clue);
        for (String page : new String[] {
            "/clues?q=alert",
            "/clues/" + clue,
            "/tasks/" + task,
            "/cases/" + clue,
            "/audit?aggregateId=" + clue,
            "/public/track/" + receipt.get("trackingCode").asText()
        }) {
            String html = page(page, "staff").getContentAsString();
            assertThat(html).as(page).doesNotContain(SCRIPT).contains(ESCAPED);
            assertThat(html).as(page).doesNotContain("<img src=x");
        }
    }

    @Test
    void theSubmittersNameAndPhoneReachStaffOnlyAndNeverTheTrackingPage() throws Exception {
        JsonNode receipt = submit(Map.of(
                "title", "公园路灯不亮",
                "content", "中心公园东门路灯坏了一个月。",
                "source", "CITIZEN_IDEA",
                "submitter", Map.of("name", "张三丰", "phone", "13812345678", "consent", true)));
        String clue = receipt.get("id").asText();
        awaitProjected(clue);

        assertThat(page("/clues/" + clue, "staff").getContentAsString())
                .contains("张三丰")
                .contains("13812345678");
        assertThat(page("/clues/" + clue, "member").getContentAsString())
                .doesNotContain("张三丰")
                .doesNotContain("13812345678")
                .contains("张**")
                .contains("138****5678");
        // a clue that is not behind a proposal of their department does not exist for a department officer
        MockHttpServletResponse officer = mvc.perform(
                        get("/clues/" + clue).with(user(accounts.loadUserByUsername("dept-transport"))))
                .andReturn()
                .getResponse();
        assertThat(officer.getStatus()).isEqualTo(404);
        assertThat(officer.getContentAsString()).doesNotContain("13812345678");
        // the case page and the audit log carry no personal data, not even for staff
        for (String page :
                new String[] {"/cases/" + clue, "/audit?aggregateId=" + clue, "/audit.csv?aggregateId=" + clue}) {
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(page(page, "staff").getContentAsString())
                            .as(page)
                            .contains("公园路灯不亮")
                            .doesNotContain("张三丰")
                            .doesNotContain("13812345678"));
        }
        String tracking = mvc.perform(
                        get("/public/track/" + receipt.get("trackingCode").asText()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tracking).contains("公园路灯不亮").doesNotContain("张").doesNotContain("5678");
    }

    @Test
    void thePublicFormNeedsItsCsrfTokenAndConsentWhenContactIsGiven() throws Exception {
        MockHttpServletRequestBuilder form = post("/public/submit")
                .param("title", "小区垃圾分类点太远")
                .param("content", "建议增设垃圾分类投放点。")
                .param("name", "李四");

        assertThat(mvc.perform(fromNewClient(form)).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        MockHttpServletResponse noConsent =
                mvc.perform(fromNewClient(form).with(csrf())).andReturn().getResponse();
        assertThat(noConsent.getStatus()).isEqualTo(422);
        assertThat(noConsent.getContentAsString()).contains("请勾选同意");

        MockHttpServletResponse accepted = mvc.perform(
                        fromNewClient(form).param("consent", "true").with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(accepted.getRedirectedUrl()).matches("/public/track/TX-[0-9A-Z]{8}");
    }

    @Test
    void pagesSendAStrictContentSecurityPolicyAndMayNotBeFramed() throws Exception {
        MockHttpServletResponse page =
                mvc.perform(get("/public/submit")).andReturn().getResponse();

        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getContentAsString()).containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js");
        assertThat(mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theEnglishSwitchTranslatesThePage() throws Exception {
        assertThat(mvc.perform(get("/public/submit")).andReturn().getResponse().getContentAsString())
                .contains("我有一个建议");
        assertThat(mvc.perform(get("/public/submit").param("lang", "en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("I have an idea");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyGetsTheFirstResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = json.writeValueAsString(Map.of("title", "重复提交", "content", "网络重试", "source", "CITIZEN_IDEA"));

        MockHttpServletResponse first =
                mvc.perform(idempotent(key, body)).andReturn().getResponse();
        MockHttpServletResponse retry =
                mvc.perform(idempotent(key, body)).andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");

        String other = json.writeValueAsString(Map.of("title", "另一件事", "content", "不同内容", "source", "CITIZEN_IDEA"));
        MockHttpServletResponse misuse =
                mvc.perform(idempotent(key, other)).andReturn().getResponse();
        assertThat(misuse.getStatus()).isEqualTo(422);
        assertThat(misuse.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);

        MockHttpServletResponse anotherUser = mvc.perform(idempotent(key, body).with(httpBasic("staff", "demo")))
                .andReturn()
                .getResponse();
        assertThat(anotherUser.getStatus()).isEqualTo(201);
        assertThat(anotherUser.getContentAsString()).isNotEqualTo(first.getContentAsString());
    }

    @Test
    void aClientErrorIsAnAnswerAndIsReplayedToo() throws Exception {
        String key = UUID.randomUUID().toString();
        String invalid = json.writeValueAsString(Map.of("title", "", "content", "x", "source", "CITIZEN_IDEA"));
        assertThat(mvc.perform(idempotent(key, invalid))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);

        MockHttpServletResponse again =
                mvc.perform(idempotent(key, invalid)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    }

    /** One anonymous client (address and User-Agent) retrying: anonymous keys are scoped per client. */
    private MockHttpServletRequestBuilder idempotent(String key, String body) {
        return post("/api/public/clues")
                .header("Idempotency-Key", key)
                .header("User-Agent", "retrying-client")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(r -> {
                    r.setRemoteAddr("10.31.0.1");
                    return r;
                });
    }

    private JsonNode submit(Map<String, Object> body) throws Exception {
        MockHttpServletResponse response = mvc.perform(fromNewClient(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    /** The case view and the audit log are projections of their own; they may trail the clue pool a little. */
    private void awaitCase(String clue) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mvc.perform(get("/api/cases/" + clue).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> json.readTree(apiGet("/api/audit?aggregateId=" + clue, "staff"))
                                .get("total")
                                .asLong()
                        > 0);
    }

    private void awaitProjected(String clue) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mvc.perform(get("/api/clues/" + clue).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
    }

    private String apiGet(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletResponse page(String path, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    /** Every submission from its own address, so the public rate limit stays out of these tests. */
    private static MockHttpServletRequestBuilder fromNewClient(MockHttpServletRequestBuilder request) {
        int n = CLIENTS.incrementAndGet();
        return request.with(r -> {
            r.setRemoteAddr("10.30." + (n / 250) + "." + (n % 250 + 1));
            return r;
        });
    }
}
