package org.tongxin.infra.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
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
import org.tongxin.infra.tasks.TaskApi;

/**
 * The citizen's tracking page closes the loop on the routes that end without a proposal: a declined idea says why
 * and where to go instead, and an idea merged into another hears that other idea's outcome — a decline included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CitizenTrackingIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aDeclinedIdeaShowsItsGroundAndWhereToGoInsteadNotComeBackLater() throws Exception {
        JsonNode receipt = submit("邻居装修噪音扰民", "楼上邻居晚上十点后还在装修，多次沟通无果。");
        String clue = receipt.get("id").asText();

        complete(
                "staff",
                task("staff", clue, "Task_ClassifyClue"),
                Map.of(
                        "category",
                        "社会治理",
                        "route",
                        "DECLINE",
                        "declineGround",
                        "PERSONAL_DISPUTE",
                        "redirectedTo",
                        "人民调解委员会"));

        String code = receipt.get("trackingCode").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(trackingPage(code))
                .contains("id=\"declined\"")
                .contains("个人纠纷")
                .contains("人民调解委员会")
                .doesNotContain("请稍后再来查看"));
    }

    @Test
    void anIdeaMergedIntoOneThatIsDeclinedHearsTheDecline() throws Exception {
        JsonNode earlier = submit("小区门口商户占道经营", "小区门口几家商户长期占道摆摊。");
        JsonNode later = submit("商户占道经营影响通行", "同一小区门口商户占道，老人推车无法通过。");
        String survivor = earlier.get("id").asText();
        String merged = later.get("id").asText();

        complete(
                "staff",
                task("staff", merged, "Task_ClassifyClue"),
                Map.of("category", "城市管理", "route", "MERGE", "mergeInto", survivor));
        complete(
                "staff",
                task("staff", survivor, "Task_ClassifyClue"),
                Map.of(
                        "category",
                        "城市管理",
                        "route",
                        "DECLINE",
                        "declineGround",
                        "PETITION_LETTER_MATTER",
                        "redirectedTo",
                        "信访局"));

        String code = later.get("trackingCode").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(trackingPage(code))
                .contains("id=\"feedback\"")
                .contains("不予采纳")
                .contains("信访事项")
                .contains("信访局"));
    }

    private String trackingPage(String code) throws Exception {
        MockHttpServletResponse page = mvc.perform(fromNewClient(get("/public/track/" + code)))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return page.getContentAsString();
    }

    private JsonNode submit(String title, String content) throws Exception {
        MockHttpServletResponse response = mvc.perform(fromNewClient(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", title, "content", content, "source", "CITIZEN_IDEA")))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    private String task(String user, String businessKey, String key) {
        return new TaskApi(mvc, json).task(user, businessKey, key);
    }

    private void complete(String user, String taskId, Map<String, Object> body) throws Exception {
        new TaskApi(mvc, json).complete(user, taskId, body);
    }

    /** Every submission from its own address, so the public rate limit stays out of these tests. */
    private static MockHttpServletRequestBuilder fromNewClient(MockHttpServletRequestBuilder request) {
        int n = CLIENTS.incrementAndGet();
        return request.with(r -> {
            r.setRemoteAddr("10.31." + (n / 250) + "." + (n % 250 + 1));
            return r;
        });
    }
}
