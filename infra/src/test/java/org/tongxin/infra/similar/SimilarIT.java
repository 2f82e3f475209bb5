package org.tongxin.infra.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.infra.security.UserAccounts;

/**
 * Duplicate detection through HTTP on the real index: a clue worded otherwise is found with its score, title and
 * link; the classification task offers it as the clue to merge into; citizens hear only that similar suggestions
 * exist; hostile input is a 400 naming the field or an empty answer, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SimilarIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aClueInOtherWordsIsFoundWithItsScoreTitleAndLink() throws Exception {
        JsonNode first = submit("桃源街路灯损坏无人修", "桃源街东段二十多盏路灯坏了快两个月，晚上黑漆漆的，居民夜里出行摔倒过好几次。");
        JsonNode other = submit("桃源街路灯不亮", "桃源街上好多路灯坏了两个多月一直不亮，晚上黑漆漆的，居民出行看不清路，老人摔倒过，请尽快修复路灯。");
        submit("桃源街景观灯太亮扰民", "桃源街新装的景观灯彩灯亮度太高，整夜直射卧室，居民睡不好觉，建议调暗并按时关灯。");
        String firstId = first.get("id").asText();

        JsonNode found = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> json.readTree(content(mvc.perform(get("/api/similar")
                                        .param("text", "桃源街路灯不亮 桃源街上好多路灯坏了两个多月一直不亮，晚上黑漆漆的，居民出行看不清路，老人摔倒过，请尽快修复路灯。")
                                        .param("kind", "CLUE")
                                        .with(httpBasic("staff", "demo")))
                                .andReturn())),
                        answer -> answer.get("items").size() > 0
                                        && answer.get("items")
                                                .get(0)
                                                .get("id")
                                                .asText()
                                                .equals(firstId)
                                || containsId(answer, firstId));
        JsonNode match = itemWithId(found, firstId);
        assertThat(match.get("kindLabel").asText()).isEqualTo("线索");
        assertThat(match.get("title").asText()).isEqualTo("桃源街路灯损坏无人修");
        assertThat(match.get("reference").asText())
                .isEqualTo(first.get("trackingCode").asText());
        assertThat(match.get("link").asText()).isEqualTo("/clues/" + firstId);
        assertThat(match.get("score").asDouble()).isBetween(0.35, 1.0);
        // the lights too bright are another matter: ranked below the broken lights if found at all
        for (JsonNode item : found.get("items")) {
            if (item.get("title").asText().contains("太亮")) {
                assertThat(item.get("score").asDouble())
                        .isLessThan(match.get("score").asDouble());
            }
        }

        // the other clue is found by its own indexed words, which its projection writes a moment after it is stored
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String fragment = content(mvc.perform(get("/similar")
                            .param("of", "CLUE:" + other.get("id").asText())
                            .param("kind", "CLUE")
                            .param("offer", "MERGE_CLUE")
                            .with(user(accounts.loadUserByUsername("staff"))))
                    .andReturn());
            assertThat(fragment)
                    .contains("可能重复", "桃源街路灯损坏无人修", "并入此线索")
                    .contains("data-merge-into=\"" + first.get("trackingCode").asText() + "\"")
                    .doesNotContain(other.get("trackingCode").asText());
        });

        String publicFragment = content(mvc.perform(get("/public/similar")
                        .param("title", "桃源街路灯不亮")
                        .param("content", "桃源街上好多路灯坏了两个多月一直不亮，晚上黑漆漆的，居民出行看不清路，老人摔倒过，请尽快修复路灯。"))
                .andReturn());
        assertThat(publicFragment).contains("条相似的建议正在处理中").doesNotContain("桃源街路灯损坏无人修");
    }

    /**
     * The pool's search for one or two Chinese characters goes through the search keys' GIN index, which a trigram
     * index cannot do; with plain scans priced out the plan shows the index (at a few rows the planner rightly scans).
     */
    @Test
    void aTwoCharacterPoolSearchIsServedByTheSearchKeyIndex() throws Exception {
        String id = submit("柳营巷井盖缺失", "柳营巷口的窨井盖丢了一个星期，晚上路过的人容易掉下去。").get("id").asText();
        for (String q : new String[] {"井盖", "窨", "柳营巷口"}) {
            await().atMost(Duration.ofSeconds(30)).until(() -> content(mvc.perform(get("/api/clues")
                                    .param("q", q)
                                    .param("size", "100")
                                    .with(httpBasic("staff", "demo")))
                            .andReturn())
                    .contains(id));
        }
        assertThat(content(mvc.perform(get("/api/clues")
                                .param("q", "井盖 星期")
                                .param("size", "100")
                                .with(httpBasic("staff", "demo")))
                        .andReturn()))
                .as("both keys are there, the phrase is not")
                .doesNotContain(id);
        String plan = transactions.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            jdbc.sql("SET LOCAL enable_indexscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("EXPLAIN SELECT item_id FROM similarity_item"
                                    + " WHERE search_keys @> string_to_array('井盖', chr(31))")
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("similarity_item_search_keys");
    }

    @Test
    void hostileInputIsRefusedByNameOrAnsweredEmptyNeverAFiveHundred() throws Exception {
        MvcResult nul = mvc.perform(
                        get("/api/similar").param("text", "路灯\u0000坏了").with(httpBasic("staff", "demo")))
                .andReturn();
        assertThat(nul.getResponse().getStatus()).isEqualTo(400);
        assertThat(content(nul)).contains("text");

        MvcResult huge = mvc.perform(
                        get("/api/similar").param("text", "路灯坏了".repeat(25_000)).with(httpBasic("staff", "demo")))
                .andReturn();
        assertThat(huge.getResponse().getStatus()).isEqualTo(400);
        assertThat(content(huge)).contains("text");

        MvcResult blank = mvc.perform(get("/api/similar").with(httpBasic("staff", "demo")))
                .andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(content(blank)).contains("text");

        MvcResult kind = mvc.perform(get("/api/similar")
                        .param("text", "路灯")
                        .param("kind", "NONSENSE")
                        .with(httpBasic("staff", "demo")))
                .andReturn();
        assertThat(kind.getResponse().getStatus()).isEqualTo(400);
        assertThat(content(kind)).contains("kind");

        MvcResult script = mvc.perform(get("/api/similar")
                        .param("text", "<script>alert(1)</script>")
                        .with(httpBasic("staff", "demo")))
                .andReturn();
        assertThat(script.getResponse().getStatus()).isEqualTo(200);

        MvcResult page = mvc.perform(get("/similar")
                        .param("title", "<script>alert(1)</script>")
                        .param("content", "\u00a0\u200b".repeat(60_000))
                        .with(user(accounts.loadUserByUsername("staff"))))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(content(page)).doesNotContain("<script>");

        MvcResult unknown = mvc.perform(get("/similar")
                        .param("of", "CLUE:no-such-clue")
                        .param("offer", "whatever")
                        .with(user(accounts.loadUserByUsername("staff"))))
                .andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(200);
    }

    private JsonNode submit(String title, String text) throws Exception {
        MvcResult result = mvc.perform(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", title, "content", text, "source", "CITIZEN_IDEA"))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(content(result)).isEqualTo(201);
        return json.readTree(content(result));
    }

    private static boolean containsId(JsonNode answer, String id) {
        return itemWithId(answer, id) != null;
    }

    private static JsonNode itemWithId(JsonNode answer, String id) {
        for (JsonNode item : answer.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static String content(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
