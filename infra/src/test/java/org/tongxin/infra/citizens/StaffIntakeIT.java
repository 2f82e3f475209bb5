package org.tongxin.infra.citizens;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.infra.security.UserAccounts;

/**
 * The office enters clues on behalf: a citizen's letter with consented contact, a member's plenary speech attributed
 * to the member; the clue page and the citizen's tracking page say how it came in; bad input is a 400 naming the
 * field (API) or an inline Chinese message (page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StaffIntakeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    private static Map<String, Object> letter(Map<String, Object> onBehalf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "西关街公厕长期关闭");
        body.put("content", "来信反映西关街公共厕所关闭半年，周边商户和行人如厕困难，希望尽快恢复开放。");
        body.put("channel", "PAPER_LETTER");
        body.put("district", "城关区");
        body.put("street", "西关街道");
        body.put("categoryHint", "城乡建设");
        body.put("onBehalf", onBehalf);
        return body;
    }

    @Test
    void aLetterIsEnteredOnACitizensBehalfAndSaysSoOnTheClueAndTrackingPages() throws Exception {
        MvcResult created = postApi(
                "staff", letter(Map.of("kind", "CITIZEN", "name", "李阿姨", "phone", "13900001111", "consent", true)));
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        JsonNode receipt = json.readTree(body(created));
        String id = receipt.get("id").asText();
        String code = receipt.get("trackingCode").asText();

        JsonNode clue = await().atMost(Duration.ofSeconds(30)).until(() -> apiClue(id), c -> c != null);
        assertThat(clue.get("source").asText()).isEqualTo("PAPER_LETTER");
        assertThat(clue.get("submitterName").asText()).isEqualTo("李阿姨");

        String page = body(mvc.perform(get("/clues/" + id).with(user(accounts.loadUserByUsername("staff"))))
                .andReturn());
        assertThat(page).contains("录入方式").contains("来信，由工作人员").contains("代群众录入").contains("城乡建设");

        String tracking = body(mvc.perform(get("/public/track/" + code)).andReturn());
        assertThat(tracking).contains("您的意见由政协工作人员根据来信代为录入").doesNotContain("李阿姨");
    }

    @Test
    void aPlenarySpeechEnteredForAMemberIsTheMembers() throws Exception {
        Map<String, Object> body = letter(Map.of("kind", "MEMBER", "member", "member"));
        body.put("channel", "PLENARY_SPEECH");
        MvcResult created = postApi("staff", body);
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        String id = json.readTree(body(created)).get("id").asText();

        JsonNode clue = await().atMost(Duration.ofSeconds(30)).until(() -> apiClue(id), c -> c != null);
        assertThat(clue.get("source").asText()).isEqualTo("PLENARY_SPEECH");
        assertThat(clue.get("member").asText()).isEqualTo("member");
        String page = body(mvc.perform(get("/clues/" + id).with(user(accounts.loadUserByUsername("staff"))))
                .andReturn());
        assertThat(page).contains("大会发言，由工作人员").contains("委员录入");
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        assertRefused(letter(Map.of("kind", "MEMBER", "member", "no-such-member")), "onBehalf.member");
        assertRefused(letter(Map.of("kind", "CITIZEN", "phone", "13900001111")), "onBehalf.consentGivenForContact");
        assertRefused(
                letter(Map.of("kind", "MEMBER", "member", "member", "name", "李阿姨")), "onBehalf.contactOfCitizenOnly");
        assertRefused(letter(Map.of("kind", "MEMBER")), "onBehalf.memberNamed");
        Map<String, Object> noChannel = letter(Map.of("kind", "CITIZEN"));
        noChannel.remove("channel");
        assertRefused(noChannel, "channel");
        Map<String, Object> badChannel = letter(Map.of("kind", "CITIZEN"));
        badChannel.put("channel", "CARRIER_PIGEON");
        assertRefused(badChannel, "channel");
        Map<String, Object> noBehalf = letter(null);
        assertRefused(noBehalf, "onBehalf");
        Map<String, Object> huge = letter(Map.of("kind", "CITIZEN"));
        huge.put("content", "长".repeat(100_000));
        assertRefused(huge, "content");
        Map<String, Object> script = letter(Map.of("kind", "CITIZEN"));
        script.put("title", "<script>alert(1)</script>");
        assertThat(postApi("staff", script).getResponse().getStatus()).isEqualTo(201);

        // a citizen cannot claim the office's channels through the public intake
        MvcResult publicLetter = mvc.perform(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", "标题", "content", "内容", "source", "PAPER_LETTER"))))
                .andReturn();
        assertThat(publicLetter.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(publicLetter)).contains("sourceOpenToSubmitters");
    }

    @Test
    void theIntakePageEntersAClueAndExplainsRefusalsInChinese() throws Exception {
        String form = body(mvc.perform(get("/clues/new").with(user(accounts.loadUserByUsername("staff"))))
                .andReturn());
        assertThat(form).contains("代为录入线索", "来信", "大会发言", "分组讨论", "id=\"similar-suggestions\"");

        MvcResult refused = mvc.perform(post("/clues/new")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("title", "西关街公厕长期关闭")
                        .param("content", "来电反映公厕关闭。")
                        .param("channel", "PHONE_CALL")
                        .param("behalf", "CITIZEN")
                        .param("phone", "13900001111"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("留下姓名或电话，须勾选本人已同意。");

        MvcResult nul = mvc.perform(post("/clues/new")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("title", "西关街\u0000公厕")
                        .param("content", "内容")
                        .param("channel", "PHONE_CALL"))
                .andReturn();
        assertThat(nul.getResponse().getStatus()).isEqualTo(400);

        MvcResult entered = mvc.perform(post("/clues/new")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("title", "西关街公厕长期关闭")
                        .param("content", "来电反映西关街公共厕所关闭半年。")
                        .param("channel", "PHONE_CALL")
                        .param("behalf", "CITIZEN")
                        .param("name", "李阿姨")
                        .param("consent", "true"))
                .andReturn();
        assertThat(entered.getResponse().getStatus()).as(body(entered)).isEqualTo(302);
        assertThat(entered.getResponse().getRedirectedUrl()).startsWith("/clues/");
    }

    private void assertRefused(Map<String, Object> body, String field) throws Exception {
        MvcResult result = postApi("staff", body);
        assertThat(result.getResponse().getStatus())
                .as(field + ": " + body(result))
                .isEqualTo(400);
        assertThat(result.getResponse().getContentType()).contains("application/problem+json");
        List<String> fields = new ArrayList<>();
        json.readTree(body(result))
                .path("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as(body(result)).contains(field);
    }

    private MvcResult postApi(String user, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/clues")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
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
