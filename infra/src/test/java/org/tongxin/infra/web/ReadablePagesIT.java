package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ThrowingRunnable;
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
 * A person reads words, never codes, and decides on what they can see. One proposal goes the whole way — a citizen's
 * clue, adopted, drafted with a co-signer, filed, assigned to two departments separately, a return asked and
 * refused, an extension asked and approved, replied and evaluated — and at every step every page each role can reach
 * for it (its task pages, the case pages, the clue) is rendered in Chinese and English and read as a person reads it:
 * its visible text must hold no enum constant, no UUID and no candidate group id, and each task page must show the
 * item it decides on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReadablePagesIT {

    private static final Pattern RAW_CODE = Pattern.compile("[A-Z]{3,}_[A-Z_]+");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern GROUP_ID = Pattern.compile("dept:[a-z]");

    private static final String CLUE_TITLE = "学校门口早高峰拥堵";
    private static final String CLUE_CONTENT = "龙城小学门口早高峰接送车辆占道，学生过马路危险。建议设置临时停靠区。";
    private static final String PROPOSAL_TITLE = "关于治理学校周边早高峰交通拥堵的提案";
    private static final String PROPOSAL_CONTENT = "一、现状：接送车辆占道。\n二、建议：设置临时停靠区，错峰放学，增派交警。";
    private static final String RETURN_REASON = "学校周边交通组织不属于教育局职责，请改由交通运输局主办。";
    private static final String EXTENSION_REASON = "停靠区选址须征求三所学校意见。";
    private static final String REPLY = "已在龙城小学门口设置临时停靠区，并安排交警早高峰值守。";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    private final List<String> findings = new ArrayList<>();

    @Test
    void everyPageOfACaseReadsInWordsAtEveryStepInChineseAndEnglish() throws Exception {
        JsonNode receipt = submitClue();
        String clue = receipt.get("id").asText();
        String trackingCode = receipt.get("trackingCode").asText();
        state("registered", Map.of("staff", clue), List.of("staff", "member"), clue, null);
        eventually(() -> assertThat(page("/tasks/" + task("staff", clue, "Task_ClassifyClue"), "staff", "zh"))
                .contains(CLUE_CONTENT));

        complete("staff", clue, "Task_ClassifyClue", Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"));
        state("published", Map.of("member", clue), List.of("staff", "member"), clue, null);

        complete("member", clue, "Task_AdoptClue", Map.of());
        state("adopted", Map.of("member", clue), List.of("staff", "member"), clue, null);

        complete(
                "member",
                clue,
                "Task_DraftProposal",
                Map.of("title", PROPOSAL_TITLE, "content", PROPOSAL_CONTENT, "coSigners", "member2"));
        String proposal = proposalOf("member2");
        awaitCase(proposal);
        state(
                "awaiting co-signers",
                Map.of("member2", proposal),
                List.of("staff", "member", "member2"),
                clue,
                proposal);
        eventually(() -> assertThat(
                        page("/tasks/" + task("member2", proposal, "Task_ConfirmCoSignature"), "member2", "zh"))
                .contains(PROPOSAL_TITLE)
                .contains("设置临时停靠区，错峰放学")
                .contains(displayName("member")));

        complete("member2", proposal, "Task_ConfirmCoSignature", Map.of("decision", "CONFIRM"));
        state("filing review", Map.of("staff", proposal), List.of("staff", "member"), clue, proposal);
        eventually(() -> assertThat(page("/tasks/" + task("staff", proposal, "Task_ReviewFiling"), "staff", "zh"))
                .contains(PROPOSAL_CONTENT.substring(0, 10))
                .contains(displayName("member2")));

        complete("staff", proposal, "Task_ReviewFiling", Map.of("decision", "FILE", "category", "城市管理"));
        state("assignment", Map.of("staff", proposal), List.of("staff", "member"), clue, proposal);

        complete(
                "staff",
                proposal,
                "Task_AssignDepartments",
                Map.of("mode", "SEPARATE", "separate", "education, transport"));
        String education = proposal + "/education/1";
        String transport = proposal + "/transport/1";
        // an officer reads the proposal once the read side knows it was assigned to their department
        for (String officer : List.of("dept-education", "dept-transport")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> status("/cases/" + proposal, officer) == 200);
        }
        state(
                "assigned",
                Map.of("dept-education", education, "dept-transport", transport),
                List.of("staff", "member", "leader", "supervisor", "dept-education", "dept-transport"),
                clue,
                proposal);

        complete(
                "dept-education",
                education,
                "Task_ReceiveHandling",
                Map.of("decision", "RETURN", "reason", RETURN_REASON, "suggestedDepartment", "transport"));
        state(
                "return requested",
                Map.of("staff", education),
                List.of("staff", "dept-education", "dept-transport"),
                clue,
                proposal);
        eventually(() -> assertThat(page("/tasks/" + task("staff", education, "Task_ArbitrateReturn"), "staff", "zh"))
                .as("staff rule on a return reading its reason")
                .contains(RETURN_REASON));
        assertThat(page("/cases/" + proposal, "dept-transport", "zh"))
                .as("another department does not read the return reason")
                .doesNotContain(RETURN_REASON);

        complete("staff", education, "Task_ArbitrateReturn", Map.of("decision", "UPHOLD", "note", "维持交办。"));
        completeIfOpen("dept-education", education, "Task_ReceiveHandling", Map.of("decision", "RECEIVE"));
        complete("dept-transport", transport, "Task_ReceiveHandling", Map.of("decision", "RECEIVE"));
        Map<String, Object> contact = Map.of(
                "contactedOn",
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                "method",
                "PHONE",
                "notes",
                "电话联系提案人，说明办理思路。");
        complete("dept-education", education, "Task_PreHandlingContact", contact);
        completeIfOpen("dept-transport", transport, "Task_PreHandlingContact", contact);
        state(
                "in progress",
                Map.of("dept-education", education, "dept-transport", transport),
                List.of("staff", "member", "dept-education", "dept-transport"),
                clue,
                proposal);

        complete(
                "dept-education",
                education,
                "Task_Reply",
                Map.of("action", "EXTEND", "extensionMonths", "1", "reason", EXTENSION_REASON));
        state("extension requested", Map.of("staff", education), List.of("staff", "dept-education"), clue, proposal);
        eventually(() -> assertThat(page("/tasks/" + task("staff", education, "Task_ApproveExtension"), "staff", "zh"))
                .contains(EXTENSION_REASON));

        complete("staff", education, "Task_ApproveExtension", Map.of("decision", "APPROVE"));
        // handled separately: with a lead and a co-handler the lead's reply waits for the co-handler's opinion, and
        // once that co-handling closes the proposal fold fails on its missing outcome class and every page of the
        // case answers 500 (fixed on the "items" branch); the lead's view of opinions is HandlingFoldTest's
        complete(
                "dept-transport",
                transport,
                "Task_Reply",
                Map.of("action", "REPLY", "outcome", "A", "text", "交通运输局已增派交警。"));
        complete("dept-education", education, "Task_Reply", Map.of("action", "REPLY", "outcome", "B", "text", REPLY));
        state(
                "replied",
                Map.of("member", education, "member2", education),
                List.of("staff", "member", "member2", "dept-education"),
                clue,
                proposal);
        eventually(() -> assertThat(page("/tasks/" + task("member", education, "Task_EvaluateReply"), "member", "zh"))
                .as("the evaluator reads the reply")
                .contains(REPLY)
                .contains(PROPOSAL_TITLE));
        assertThat(page("/tasks/" + task("member", education, "Task_EvaluateReply"), "member", "en"))
                .contains(REPLY)
                .contains("Round 1 reply");

        complete(
                "member",
                education,
                "Task_EvaluateReply",
                Map.of("handlingWork", "SATISFIED", "result", "BASICALLY_SATISFIED", "comment", "停靠区效果明显。"));
        state("evaluated once", Map.of("member2", education), List.of("staff", "member", "member2"), clue, proposal);

        complete(
                "member2", education, "Task_EvaluateReply", Map.of("handlingWork", "SATISFIED", "result", "SATISFIED"));
        for (String evaluator : List.of("member", "member2")) {
            complete(
                    evaluator,
                    transport,
                    "Task_EvaluateReply",
                    Map.of("handlingWork", "SATISFIED", "result", "SATISFIED"));
        }
        state("closed", Map.of(), List.of("staff", "member", "supervisor", "dept-education"), clue, proposal);
        lists(
                "closed",
                Map.of(
                        "staff", List.of("/", "/my", "/audit?aggregateId=" + proposal, "/audit?aggregateId=" + clue),
                        "dept-education", List.of("/", "/my", "/board"),
                        "member", List.of("/", "/my", "/members/member")));

        // the citizen's feedback, as sent in Chinese and in the English reader's words
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(publicPage("/public/track/" + trackingCode, "zh"))
                        .contains("您反映的问题已形成提案并办结")
                        .contains("教育局 B类"));
        // the English words come from the tracking view, which may fold the feedback after the clue pool did
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(publicPage("/public/track/" + trackingCode, "en"))
                        .contains("Your issue became a proposal")
                        .contains("Education Bureau: B")
                        .doesNotContain("您反映的问题"));
        assertThat(page("/cases/" + clue, "staff", "en")).contains("The departments replied");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page("/cases/" + proposal, "supervisor", "en"))
                        .contains("evaluated round 1")
                        .contains("Extension of 1 month(s) approved")
                        .doesNotContain("登记线索")
                        .doesNotContain("交办（"));
        assertThat(findings).isEmpty();
    }

    /**
     * Renders, in both languages, every task page each user has on its case and every case page each reader can
     * open, and notes each raw code, UUID or group id a person would read.
     */
    private void state(String state, Map<String, String> taskOwners, List<String> readers, String clue, String proposal)
            throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Map.Entry<String, String> owner : taskOwners.entrySet()) {
            for (JsonNode t : tasks(owner.getKey(), owner.getValue())) {
                pages.put("/tasks/" + t.get("id").asText(), owner.getKey());
            }
        }
        for (String reader : readers) {
            boolean department = reader.startsWith("dept-");
            if (!department) {
                pages.put("/cases/" + clue + "#" + reader, reader);
                pages.put("/clues/" + clue + "#" + reader, reader);
            }
            if (proposal != null) {
                pages.put("/cases/" + proposal + "#" + reader, reader);
            }
        }
        for (Map.Entry<String, String> p : pages.entrySet()) {
            String path = p.getKey().contains("#")
                    ? p.getKey().substring(0, p.getKey().indexOf('#'))
                    : p.getKey();
            for (String lang : List.of("zh", "en")) {
                String text = visibleText(page(path, p.getValue(), lang));
                for (Pattern pattern : List.of(RAW_CODE, UUID, GROUP_ID)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        findings.add(state + " · " + p.getValue() + " · " + lang + " · " + path + " · " + m.group());
                    }
                }
            }
        }
        if (!taskOwners.isEmpty()) {
            for (Map.Entry<String, String> owner : taskOwners.entrySet()) {
                for (JsonNode t : tasks(owner.getKey(), owner.getValue())) {
                    String html = page("/tasks/" + t.get("id").asText(), owner.getKey(), "zh");
                    assertThat(html)
                            .as(state + ": the task page shows the item it decides on")
                            .containsAnyOf(CLUE_CONTENT, PROPOSAL_TITLE)
                            .contains("id=\"timeline\"");
                }
            }
        }
    }

    /**
     * The lists and logs around the case: no raw code and no group id. Their identifiers are the "items" stream's
     * readable numbers, so UUIDs are not looked for here yet.
     */
    private void lists(String state, Map<String, List<String>> pagesByUser) throws Exception {
        for (Map.Entry<String, List<String>> e : pagesByUser.entrySet()) {
            for (String path : e.getValue()) {
                for (String lang : List.of("zh", "en")) {
                    String text = visibleText(page(path, e.getKey(), lang));
                    for (Pattern pattern : List.of(RAW_CODE, GROUP_ID)) {
                        Matcher m = pattern.matcher(text);
                        while (m.find()) {
                            findings.add(state + " · " + e.getKey() + " · " + lang + " · " + path + " · " + m.group());
                        }
                    }
                }
            }
        }
    }

    private String publicPage(String path, String lang) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).param("lang", lang)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** What a person reads: the text between the tags, without scripts, styles and attribute values. */
    static String visibleText(String html) {
        return html.replaceAll("(?is)<script.*?</script>", " ")
                .replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replaceAll("\\s+", " ");
    }

    private JsonNode submitClue() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "title",
                                CLUE_TITLE,
                                "content",
                                CLUE_CONTENT,
                                "source",
                                "CITIZEN_IDEA",
                                "district",
                                "龙岗区",
                                "street",
                                "龙城街道",
                                "submitter",
                                Map.of("name", "王小明", "phone", "13800001111", "consent", true)))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        JsonNode receipt = json.readTree(response.getContentAsString());
        awaitClue(receipt.get("id").asText());
        awaitCase(receipt.get("id").asText());
        return receipt;
    }

    private void awaitCase(String id) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mvc.perform(get("/api/cases/" + id).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
    }

    private void awaitClue(String id) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mvc.perform(get("/api/clues/" + id).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
    }

    private String displayName(String username) {
        return accounts.loadUserByUsername(username).displayName();
    }

    /**
     * The proposal of this case among the co-signer's tasks: other tests in the same context may leave the demo
     * co-signer proposals of their own to confirm, so it is the one with this case's title, and exactly one.
     */
    private String proposalOf(String coSigner) throws Exception {
        List<String> ours = new ArrayList<>();
        eventually(() -> {
            ours.clear();
            JsonNode list = json.readTree(api(get("/api/tasks?scope=MINE&process=proposal-lifecycle"), coSigner));
            for (JsonNode task : list) {
                String key = task.get("businessKey").asText();
                MockHttpServletResponse proposal = mvc.perform(
                                get("/api/proposals/" + key).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse();
                if (proposal.getStatus() == 200
                        && PROPOSAL_TITLE.equals(json.readTree(proposal.getContentAsString())
                                .path("title")
                                .asText())) {
                    ours.add(key);
                }
            }
            assertThat(ours).hasSize(1);
        });
        return ours.get(0);
    }

    private JsonNode tasks(String user, String businessKey) throws Exception {
        return json.readTree(api(get("/api/tasks").param("businessKey", businessKey), user));
    }

    private String task(String user, String businessKey, String key) throws Exception {
        for (JsonNode t : tasks(user, businessKey)) {
            if (key.equals(t.get("key").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " for " + businessKey);
    }

    private void complete(String user, String businessKey, String key, Map<String, Object> body) throws Exception {
        String id = task(user, businessKey, key);
        MockHttpServletResponse done = mvc.perform(post("/api/tasks/" + id + "/complete")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse();
        assertThat(done.getStatus()).as(key + ": " + done.getContentAsString()).isEqualTo(204);
    }

    private void completeIfOpen(String user, String businessKey, String key, Map<String, Object> body)
            throws Exception {
        for (JsonNode t : tasks(user, businessKey)) {
            if (key.equals(t.get("key").asText())) {
                complete(user, businessKey, key, body);
                return;
            }
        }
    }

    private String api(MockHttpServletRequestBuilder request, String user) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Pages read the read side, which follows the task's transaction by a moment. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(assertion);
    }

    private int status(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private String page(String path, String username, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(path).param("lang", lang).with(user(accounts.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(username + " " + lang + " " + path).isEqualTo(200);
        return response.getContentAsString();
    }
}
