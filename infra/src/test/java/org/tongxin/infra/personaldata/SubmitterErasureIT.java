package org.tongxin.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.infra.integrity.ChainSealer;
import org.tongxin.infra.security.UserAccounts;

/**
 * A citizen's name and phone never reach the event store in clear; the office erases them with a reason, and from then
 * on the clue's page, the API and a fresh read of the event store show the submitter as erased, while the stored
 * event stays byte for byte what it was and the erasure is in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SubmitterErasureIT {

    private static final String NAME = "欧阳明远";
    private static final String PHONE = "13987654321";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore events;

    @Autowired
    ChainSealer sealer;

    @Test
    void anErasedSubmitterDisappearsFromEveryViewWhileTheEventStaysIntact() throws Exception {
        String id = enterLetter();
        byte[] stored = storedRegistration(id);
        String storedText = new String(stored, StandardCharsets.UTF_8);
        assertThat(storedText).doesNotContain(NAME).doesNotContain(PHONE).contains("\"sealed\"");
        assertThat(revision(id)).isEqualTo("2");

        JsonNode before = await().atMost(Duration.ofSeconds(30)).until(() -> apiClue(id), c -> c != null);
        assertThat(before.get("submitterName").asText()).isEqualTo(NAME);
        assertThat(before.get("submitterPhone").asText()).isEqualTo(PHONE);
        assertThat(before.get("submitterErased").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_read WHERE subject_id = :id AND reader = 'staff'"
                                + " AND reader_role = 'STAFF' AND purpose = 'CLUE_API'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .as("the office's unmasked read is logged")
                .isPositive();
        String audit = body(mvc.perform(get("/audit").with(user(accounts.loadUserByUsername("supervisor"))))
                .andReturn());
        assertThat(audit).contains("个人信息查阅记录").contains("接口读取单条线索").contains("/clues/" + id);
        mvc.perform(get("/api/clues/" + id).with(httpBasic("member", "demo"))).andReturn();
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_read WHERE subject_id = :id AND reader = 'member'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .as("a masked read is no read of personal data")
                .isZero();

        assertThat(erase(id, "member", "本人要求").getResponse().getStatus()).isEqualTo(403);
        MvcResult blank = erase(id, "staff", "  ");
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(blank)).contains("\"field\":\"reason\"");

        assertThat(erase(id, "staff", "本人来电要求删除").getResponse().getStatus()).isEqualTo(204);

        assertThat(storedRegistration(id)).isEqualTo(stored);
        assertThat(jdbc.sql("SELECT count(*) FROM subject_key WHERE subject = :s AND secret IS NULL"
                                + " AND reason = '本人来电要求删除' AND destroyed_by = 'staff'")
                        .param(
                                "s",
                                json.readTree(stored)
                                        .path("submitter")
                                        .path("subject")
                                        .asText())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        JsonNode after = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> apiClue(id),
                        c -> c != null && c.get("submitterErased").asBoolean());
        assertThat(after.path("submitterName").isMissingNode()
                        || after.get("submitterName").isNull())
                .as(after.toString())
                .isTrue();
        assertThat(after.toString()).doesNotContain(NAME).doesNotContain(PHONE);

        String page = body(mvc.perform(get("/clues/" + id).with(user(accounts.loadUserByUsername("staff"))))
                .andReturn());
        assertThat(page)
                .contains("已删除")
                .doesNotContain(NAME)
                .doesNotContain(PHONE)
                .doesNotContain("erasure-form");

        ClueRegistered reread = (ClueRegistered)
                events.readEvents(id).asStream().findFirst().orElseThrow().getPayload();
        assertThat(reread.submitter().erased()).isTrue();
        assertThat(reread.submitter().name()).isNull();
        assertThat(reread.submitter().phone()).isNull();
        assertThat(reread.submitter().consented()).isTrue();

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("SELECT count(*) FROM audit_entry WHERE aggregate_id = :id"
                                        + " AND event_type = 'SubmitterErased' AND actor_id = 'staff'")
                                .param("id", id)
                                .query(Integer.class)
                                .single(),
                        n -> n == 1);

        MvcResult again = erase(id, "staff", "再次删除");
        assertThat(again.getResponse().getStatus()).isBetween(409, 422);
        assertThat(body(again)).contains("CLUE-ERASE-002");

        // the case's page and the audit log name no one either, and the hash chain over the untouched row verifies
        String casePage = body(mvc.perform(get("/cases/" + id).with(user(accounts.loadUserByUsername("staff"))))
                .andReturn());
        assertThat(casePage).contains("东关街路灯不亮").doesNotContain(NAME).doesNotContain(PHONE);
        String auditPage = body(mvc.perform(get("/audit").with(user(accounts.loadUserByUsername("supervisor"))))
                .andReturn());
        assertThat(auditPage).contains("个人信息查阅记录").doesNotContain(NAME).doesNotContain(PHONE);
        long last = jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sealer.sealOnce();
            return sealer.head() >= last;
        });
        JsonNode verified = json.readTree(
                body(mvc.perform(get("/api/integrity/verify?from=1&to=" + last).with(httpBasic("supervisor", "demo")))
                        .andReturn()));
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
    }

    @Test
    void thePageAsksForTheReasonBesideItsField() throws Exception {
        String id = enterLetter();
        await().atMost(Duration.ofSeconds(30)).until(() -> apiClue(id), c -> c != null);
        String page = body(mvc.perform(get("/clues/" + id).with(user(accounts.loadUserByUsername("staff"))))
                .andReturn());
        assertThat(page).contains("erasure-form").contains("删除理由");

        MvcResult refused = mvc.perform(post("/clues/" + id + "/erasure")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("reason", ""))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("请填写删除理由");

        MvcResult erased = mvc.perform(post("/clues/" + id + "/erasure")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("reason", "本人书面申请删除"))
                .andReturn();
        assertThat(erased.getResponse().getStatus()).isEqualTo(302);
        assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/clues/" + id + "?erased=1");
        String after = body(
                mvc.perform(get("/clues/" + id).param("erased", "1").with(user(accounts.loadUserByUsername("staff"))))
                        .andReturn());
        assertThat(after)
                .as("the page the office is sent to no longer shows the name it has just erased")
                .contains("提交人的个人信息已删除")
                .doesNotContain(NAME)
                .doesNotContain(PHONE);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> apiClue(id),
                        c -> c != null && c.get("submitterErased").asBoolean());
    }

    private String enterLetter() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "东关街路灯不亮");
        body.put("content", "来信反映东关街中段路灯损坏一个多月，夜间行人不便。");
        body.put("channel", "PAPER_LETTER");
        body.put("district", "城关区");
        body.put("street", "东关街道");
        body.put("onBehalf", Map.of("kind", "CITIZEN", "name", NAME, "phone", PHONE, "consent", true));
        MvcResult created = mvc.perform(post("/api/clues")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        return json.readTree(body(created)).get("id").asText();
    }

    private byte[] storedRegistration(String id) {
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id AND payload_type = :t")
                .param("id", id)
                .param("t", ClueRegistered.class.getName())
                .query((rs, i) -> rs.getBytes(1))
                .single();
    }

    private String revision(String id) {
        return jdbc.sql("SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier = :id"
                        + " AND payload_type = :t")
                .param("id", id)
                .param("t", ClueRegistered.class.getName())
                .query(String.class)
                .single();
    }

    private MvcResult erase(String id, String who, String reason) throws Exception {
        return mvc.perform(post("/api/clues/" + id + "/erasure")
                        .with(httpBasic(who, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("reason", reason))))
                .andReturn();
    }

    private JsonNode apiClue(String id) throws Exception {
        MvcResult r = mvc.perform(get("/api/clues/" + id).with(httpBasic("staff", "demo")))
                .andReturn();
        return r.getResponse().getStatus() == 200 ? json.readTree(body(r)) : null;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
