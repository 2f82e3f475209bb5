package org.tongxin.infra.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.infra.process.EngineClock;
import org.tongxin.infra.process.Scenario;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ProposalView;

/**
 * Notifications end to end on the real engine and PostgreSQL, with a real SMTP server (GreenMail) and chat robots
 * played by the JDK's HTTP server: the BPMN reminder and overdue timers reach the department's officers, a key
 * proposal's leader and the office in-app, by e-mail and through their robots; a 钉钉 robot gets a valid signature;
 * a robot that fails is retried and every attempt recorded, while the case's own transaction has committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability
@ActiveProfiles("test")
@Import({EngineClock.class, Scenario.class})
class NotificationsIT {

    static final String DINGTALK_SECRET = "SECtest-只在测试里用的密钥";
    static final GreenMail SMTP;
    static final HttpServer ROBOTS;
    static final List<Request> RECEIVED = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> FLAKY_CALLS = new java.util.concurrent.ConcurrentHashMap<>();

    record Request(String path, String query, String body) {}

    static {
        SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        SMTP.start();
        try {
            ROBOTS = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ROBOTS.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            URI uri = exchange.getRequestURI();
            RECEIVED.add(new Request(uri.getPath(), uri.getRawQuery(), body));
            // the flaky robot refuses each message twice before it takes it
            boolean fail = uri.getPath().equals("/flaky")
                    && FLAKY_CALLS
                                    .computeIfAbsent(body, b -> new AtomicInteger())
                                    .incrementAndGet()
                            <= 2;
            byte[] answer = (fail ? "{\"errcode\":-1,\"errmsg\":\"system busy\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        ROBOTS.start();
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        String robots = "http://127.0.0.1:" + ROBOTS.getAddress().getPort();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tongxin.notifications.base-url", () -> "https://tongxin.example.gov.cn");
        registry.add("tongxin.notifications.dispatch-interval", () -> "100ms");
        registry.add("tongxin.notifications.first-retry", () -> "100ms");
        registry.add("tongxin.notifications.max-retry", () -> "200ms");
        registry.add("tongxin.notifications.robots[0].name", () -> "交通运输局工作群");
        registry.add("tongxin.notifications.robots[0].kind", () -> "WECOM");
        registry.add("tongxin.notifications.robots[0].url", () -> robots + "/wecom?key=transport");
        registry.add("tongxin.notifications.robots[0].audiences[0]", () -> "dept:transport");
        registry.add("tongxin.notifications.robots[1].name", () -> "提案委工作群");
        registry.add("tongxin.notifications.robots[1].kind", () -> "DINGTALK");
        registry.add("tongxin.notifications.robots[1].url", () -> robots + "/dingtalk?access_token=office");
        registry.add("tongxin.notifications.robots[1].secret", () -> DINGTALK_SECRET);
        registry.add("tongxin.notifications.robots[1].audiences[0]", () -> "STAFF");
        registry.add("tongxin.notifications.robots[2].name", () -> "不稳定的群");
        registry.add("tongxin.notifications.robots[2].kind", () -> "WECOM");
        registry.add("tongxin.notifications.robots[2].url", () -> robots + "/flaky");
        registry.add("tongxin.notifications.robots[2].audiences[0]", () -> "dept:transport");
    }

    @AfterAll
    static void stopServers() {
        SMTP.stop();
        ROBOTS.stop(0);
    }

    @Autowired
    Scenario scenario;

    @Autowired
    PreferenceForm preferences;

    @Autowired
    TaskDueReminders dueReminders;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryGateway queries;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        Scenario.reset();
    }

    @Test
    void aReplyReminderReachesTheDepartmentOfficerByEmailInAppAndInTheDepartmentsRobot() throws Exception {
        String address = "transport-" + System.nanoTime() + "@example.gov.cn";
        preferences.save("dept-transport", address, true, Set.of());
        String proposal = proposal("关于地铁出口增设非机动车停放区的提案" + System.nanoTime());
        String handling = atReply(proposal, Map.of("mode", "SEPARATE", "separate", "transport"));

        scenario.advance(Duration.ofDays(80));

        assertThat(scenario.events(handling, "org.tongxin.engine.handling.ReplyReminderSent"))
                .isEqualTo(1);
        assertThat(kinds("dept-transport", handling)).containsExactly("DUE_SOON");
        assertThat(kinds("staff", handling)).containsExactly("DUE_SOON");
        assertThat(kinds("leader", handling))
                .as("not a key proposal: its leader is not told")
                .isEmpty();

        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailTo(address, "即将到期"), Optional::isPresent)
                .orElseThrow();
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(mail.getSubject()).contains("即将到期");
        assertThat(text).contains(title(proposal)).contains("https://tongxin.example.gov.cn/cases/" + proposal);
        assertThat(text).doesNotContain(handling);

        Request wecom = await().atMost(Duration.ofSeconds(30))
                .until(() -> received("/wecom", title(proposal), "即将到期"), Optional::isPresent)
                .orElseThrow();
        JsonNode body = json.readTree(wecom.body());
        assertThat(body.path("msgtype").asText()).isEqualTo("text");
        assertThat(body.path("text").path("content").asText()).contains("即将到期").contains(title(proposal));

        String page = mvc.perform(get("/api/notifications").with(httpBasic("dept-transport", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode mine = json.readTree(page);
        assertThat(mine.path("unread").asInt()).isPositive();
        JsonNode reminder = find(mine, title(proposal), "DUE_SOON");
        assertThat(reminder.path("heading").asText()).isEqualTo("即将到期");
        assertThat(reminder.path("text").asText()).contains(title(proposal)).contains("交通运输局");
        assertThat(reminder.path("read").asBoolean()).isFalse();

        String id = reminder.path("id").asText();
        mvc.perform(post("/api/notifications/" + id + "/read").with(httpBasic("staff", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/notifications/" + id + "/read").with(httpBasic("dept-transport", "demo")))
                .andExpect(status().isNoContent());
        JsonNode after =
                json.readTree(mvc.perform(get("/api/notifications?lang=en").with(httpBasic("dept-transport", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        JsonNode read = find(after, title(proposal), "DUE_SOON");
        assertThat(read.path("read").asBoolean()).isTrue();
        assertThat(after.path("unread").asInt()).isEqualTo(mine.path("unread").asInt() - 1);
    }

    @Test
    void aKeyProposalsOverdueMarkReachesItsLeaderTheDepartmentAndTheOffice() {
        String proposal = proposal("关于优化公交接驳线路的提案" + System.nanoTime());
        String handling =
                atReply(proposal, Map.of("mode", "SEPARATE", "separate", "transport", "supervisingLeader", "leader"));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        proposalView(proposal).map(ProposalView::keyProposal).orElse(false));

        scenario.advance(Duration.ofDays(100));

        assertThat(scenario.events(handling, "org.tongxin.engine.handling.HandlingOverdue"))
                .isEqualTo(1);
        assertThat(kinds("leader", handling)).containsExactlyInAnyOrder("DUE_SOON", "OVERDUE");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE recipient = 'leader' AND subject_key = :h"
                                + " AND kind = 'TASK_ASSIGNED'")
                        .param("h", handling)
                        .query(Integer.class)
                        .single())
                .as("the overdue follow-up (督办) task is the leader's")
                .isEqualTo(1);
        assertThat(kinds("dept-transport", handling)).containsExactlyInAnyOrder("DUE_SOON", "OVERDUE");
        assertThat(kinds("staff", handling)).containsExactlyInAnyOrder("DUE_SOON", "OVERDUE");
        assertThat(kinds("dept-education", handling)).isEmpty();
    }

    @Test
    void theOfficesDingTalkRobotGetsASignedMessage() throws Exception {
        String clue = scenario.submitClue("钉钉签名" + System.nanoTime());

        Request signed = await().atMost(Duration.ofSeconds(30))
                .until(() -> received("/dingtalk", "钉钉签名", "新待办"), Optional::isPresent)
                .orElseThrow();
        Map<String, String> query = Arrays.stream(signed.query().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(query.get("access_token")).isEqualTo("office");
        long timestamp = Long.parseLong(query.get("timestamp"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).isEqualTo(expected);
        JsonNode body = json.readTree(signed.body());
        assertThat(body.path("text").path("content").asText()).contains("新待办").contains("钉钉签名");
        assertThat(clue).isNotBlank();
    }

    @Test
    void aFailingRobotIsRetriedAndEveryAttemptRecordedWhileTheCaseCommitted() {
        String proposal = proposal("关于学校周边交通安全的提案" + System.nanoTime());
        String handling =
                atReply(proposal, Map.of("mode", "SEPARATE", "separate", "transport", "supervisingLeader", "leader"));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        proposalView(proposal).map(ProposalView::keyProposal).orElse(false));

        scenario.advance(Duration.ofDays(80));

        // the reminder's transaction committed whatever the robot does
        assertThat(scenario.events(handling, "org.tongxin.engine.handling.ReplyReminderSent"))
                .isEqualTo(1);
        String delivery = jdbc.sql(
                        """
                SELECT delivery_id::text FROM notification_delivery
                WHERE address = '不稳定的群' AND subject_key = :h AND kind = 'DUE_SOON'
                """)
                .param("h", handling)
                .query(String.class)
                .single();
        // the engine's clock stands still in these scenarios: move it on so each back-off runs out
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            scenario.advance(Duration.ofSeconds(1));
                            return jdbc.sql(
                                            "SELECT state FROM notification_delivery WHERE delivery_id = CAST(:d AS uuid)")
                                    .param("d", delivery)
                                    .query(String.class)
                                    .single();
                        },
                        "DELIVERED"::equals);
        List<Map<String, Object>> attempts = jdbc.sql(
                        """
                SELECT attempt, delivered, error FROM notification_attempt
                WHERE delivery_id = CAST(:d AS uuid) ORDER BY attempt
                """)
                .param("d", delivery)
                .query()
                .listOfRows();
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(0).get("delivered")).isEqualTo(false);
        assertThat((String) attempts.get(0).get("error")).contains("HTTP 500");
        assertThat(attempts.get(1).get("delivered")).isEqualTo(false);
        assertThat(attempts.get(2).get("delivered")).isEqualTo(true);
        assertThat(attempts.get(2).get("error")).isNull();
    }

    @Test
    void aTaskFallingDueWithinTheWorkingDaysEachPersonChoseIsToldOnceInAppAndByEmail() throws Exception {
        String address = "due-" + System.nanoTime() + "@example.gov.cn";
        preferences.save("dept-transport", address, true, Set.of(), 5);
        String proposal = proposal("关于公交站台加装遮阳棚的提案" + System.nanoTime());
        String handling = atReply(proposal, Map.of("mode", "SEPARATE", "separate", "transport"));
        Instant due = jdbc.sql("SELECT due_at FROM task_inbox WHERE business_key = :h AND due_at IS NOT NULL"
                        + " ORDER BY due_at LIMIT 1")
                .param("h", handling)
                .query(Timestamp.class)
                .single()
                .toInstant();

        // a fixed instant a month before: more than five working days left, nobody is told
        dueReminders.remindAt(due.minus(Duration.ofDays(30)));
        assertThat(taskDue("dept-transport", handling)).isEmpty();
        assertThat(robotTaskDue("交通运输局工作群", handling)).isZero();

        // the day before: within the five days dept-transport chose; run twice (a second node) and told once
        Instant dayBefore = due.minus(Duration.ofDays(1));
        dueReminders.remindAt(dayBefore);
        dueReminders.remindAt(dayBefore);
        assertThat(taskDue("dept-transport", handling)).hasSize(1);
        // other tests' tasks of transport may fall due as well: this task's mail is the one naming its proposal
        String title = title(proposal);
        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailAbout(address, "待办即将到期", title), Optional::isPresent)
                .orElseThrow();
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .contains(title)
                .contains(LocalDate.ofInstant(due, ZoneId.of("Asia/Shanghai")).toString());
        JsonNode mine = json.readTree(mvc.perform(get("/api/notifications").with(httpBasic("dept-transport", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode told = find(mine, title(proposal), "TASK_DUE");
        assertThat(told.path("heading").asText()).isEqualTo("待办即将到期");
        assertThat(told.path("read").asBoolean()).isFalse();

        // nobody has claimed it: the department's chat robot hears it too, once however often the job runs
        assertThat(robotTaskDue("交通运输局工作群", handling)).isEqualTo(1);
        assertThat(robotTaskDue("提案委工作群", handling))
                .as("the office's robot speaks to the office, not to the department")
                .isZero();
        Request robot = await().atMost(Duration.ofSeconds(30))
                .until(() -> received("/wecom", title, "待办即将到期"), Optional::isPresent)
                .orElseThrow();
        assertThat(json.readTree(robot.body()).path("text").path("content").asText())
                .contains("待办即将到期")
                .contains(title)
                .contains(LocalDate.ofInstant(due, ZoneId.of("Asia/Shanghai")).toString())
                .doesNotContain(handling);

        // a new threshold is a new reminder, once
        preferences.save("dept-transport", address, true, Set.of(), 7);
        dueReminders.remindAt(dayBefore);
        dueReminders.remindAt(dayBefore);
        assertThat(taskDue("dept-transport", handling)).hasSize(2);
    }

    @Test
    void theDaysBeforeADueDateAreChosenBetweenOneAndTwentyAndAWrongNumberIsToldBesideItsField() throws Exception {
        mvc.perform(put("/api/notifications/preferences")
                        .with(httpBasic("member2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"byEmail\":false,\"dueSoonDays\":21}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueSoonDays"));
        mvc.perform(put("/api/notifications/preferences")
                        .with(httpBasic("member2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"byEmail\":false,\"dueSoonDays\":10}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueSoonDays").value(10));
        String page = mvc.perform(post("/notifications/preferences")
                        .with(user(accounts.loadUserByUsername("member2")))
                        .with(csrf())
                        .param("dueSoonDays", "0"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请填写 1 到 20 之间的整数");
        mvc.perform(post("/notifications/preferences")
                        .with(user(accounts.loadUserByUsername("member2")))
                        .with(csrf())
                        .param("dueSoonDays", "两天"))
                .andExpect(status().isBadRequest());
        assertThat(preferences.of("member2").dueSoonDays()).isEqualTo(10);
    }

    @Test
    void aMalformedEmailAddressIsRefusedNamingTheField() throws Exception {
        mvc.perform(put("/api/notifications/preferences")
                        .with(httpBasic("member2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not an address\",\"byEmail\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(put("/api/notifications/preferences")
                        .with(httpBasic("member2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"member2@example.gov.cn\",\"byEmail\":true,\"muted\":[\"TASK_NEW\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.muted[0]").value("TASK_NEW"));
    }

    @Test
    void aCitizenWhoLeftAnEmailWithConsentHearsWhenTheTrackingPageChangesAndCanTakeItBack() throws Exception {
        String clue = scenario.submitClue("路灯不亮" + System.nanoTime());
        String code = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries.query(
                                        new org.tongxin.projections.clue.FindClue(clue),
                                        ResponseTypes.optionalInstanceOf(
                                                org.tongxin.projections.clue.ClueSummary.class))
                                .join(),
                        Optional::isPresent)
                .orElseThrow()
                .trackingCode();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/public/track/" + code))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        String address = "citizen-" + System.nanoTime() + "@example.com";
        mvc.perform(post("/api/public/track/" + code + "/subscription")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + address + "\",\"consent\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        mvc.perform(post("/api/public/track/" + code + "/subscription")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + address + "\",\"consent\":true}"))
                .andExpect(status().isNoContent());

        scenario.complete(
                "staff",
                scenario.byBusinessKey(clue, "Task_ClassifyClue"),
                Map.of("category", "城市管理", "route", "PUBLISH_FOR_ADOPTION"));

        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailTo(address, "办理进度更新"), Optional::isPresent)
                .orElseThrow();
        assertThat((String) mail.getContent()).contains(code).contains("/public/track/" + code);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE :a")
                        .param("a", "%" + address + "%")
                        .query(Integer.class)
                        .single())
                .as("the address is in no event")
                .isZero();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                        "/api/public/track/" + code + "/subscription"))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_subscription WHERE tracking_code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single())
                .isZero();

        // subscribed again, then the office erases the submitter's personal data: the address goes with it
        mvc.perform(post("/api/public/track/" + code + "/subscription")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + address + "\",\"consent\":true}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/clues/" + clue + "/erasure")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"本人申请删除个人信息\"}"))
                .andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_subscription WHERE tracking_code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single())
                .as("erasing the submitter erases the address left for the tracking page")
                .isZero();
    }

    @Test
    void theTrackingPageLetsACitizenLeaveAndTakeBackAnAddressWithAWordOnWhatIsMissing() throws Exception {
        String clue = scenario.submitClue("井盖松动" + System.nanoTime());
        String code = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries.query(
                                        new org.tongxin.projections.clue.FindClue(clue),
                                        ResponseTypes.optionalInstanceOf(
                                                org.tongxin.projections.clue.ClueSummary.class))
                                .join(),
                        Optional::isPresent)
                .orElseThrow()
                .trackingCode();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(trackingPage(code, ""))
                .contains("id=\"subscribe\"")
                .contains("有进展时邮件告诉我")
                .contains("name=\"consent\""));
        String address = "page-" + System.nanoTime() + "@example.com";

        for (var refused : List.of(
                Map.of("email", "<script>alert(1)</script>", "consent", "true", "outcome", "email"),
                Map.of("email", "", "consent", "true", "outcome", "email"),
                Map.of("email", address, "outcome", "consent"))) {
            var request = post("/public/track/" + code.toLowerCase(java.util.Locale.ROOT) + "/subscribe")
                    .with(
                            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                    .csrf())
                    .param("email", refused.get("email"));
            if (refused.containsKey("consent")) {
                request = request.param("consent", refused.get("consent"));
            }
            String back = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
            assertThat(back)
                    .isEqualTo("/public/track/" + code + "?subscription=" + refused.get("outcome") + "#subscribe");
            assertThat(back).doesNotContain("@");
        }
        assertThat(trackingPage(code, "?subscription=email"))
                .contains("id=\"err-email\"")
                .contains("请填写有效的电子邮箱地址");
        assertThat(trackingPage(code, "?subscription=consent")).contains("请勾选同意后再登记");
        assertThat(subscriptions(code)).as("nothing kept from a refused form").isZero();

        mvc.perform(
                        post("/public/track/" + code + "/subscribe")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("email", address)
                                .param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(subscriptions(code)).isEqualTo(1);
        assertThat(trackingPage(code, "?subscription=on"))
                .contains("已登记。办理进度有更新时")
                .contains("id=\"unsubscribe\"")
                .doesNotContain(address);

        mvc.perform(
                        post("/public/track/" + code + "/unsubscribe")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(subscriptions(code)).isZero();
        assertThat(trackingPage(code, "?subscription=off")).contains("已删除您的邮箱").contains("name=\"consent\"");

        assertThat(mvc.perform(post("/public/track/NO-SUCH-CODE/subscribe")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("email", address)
                                .param("consent", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String trackingPage(String code, String query) throws Exception {
        var response =
                mvc.perform(get("/public/track/" + code + query)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int subscriptions(String code) {
        return jdbc.sql("SELECT count(*) FROM tracking_subscription WHERE tracking_code = :c")
                .param("c", code)
                .query(Integer.class)
                .single();
    }

    @Test
    void everyQueryOfTheGrafanaDashboardNamesAMetricTheAppExposes() throws Exception {
        JsonNode dashboard = json.readTree(java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "docs", "grafana", "tongxin-dashboard.json"), StandardCharsets.UTF_8));
        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Set<String> exposed = scrape.lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toSet());
        java.util.regex.Pattern metric = java.util.regex.Pattern.compile("\\btongxin_[a-z0-9_]+");
        List<String> named = new java.util.ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                java.util.regex.Matcher m = metric.matcher(target.path("expr").asText());
                while (m.find()) {
                    named.add(m.group());
                }
            }
        }
        assertThat(named).as("metrics the dashboard queries").hasSizeGreaterThanOrEqualTo(8);
        assertThat(exposed).containsAll(named);
    }

    private String proposal(String title) {
        String clue = scenario.submitClue("线索" + System.nanoTime());
        return scenario.proposalFromClue(clue, null, title);
    }

    private String title(String proposal) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> proposalView(proposal), Optional::isPresent)
                .orElseThrow()
                .title();
    }

    private Optional<ProposalView> proposalView(String id) {
        return queries.query(new FindProposal(id), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join();
    }

    /** Separately handled by transport, received and contacted, waiting for the reply, its view up to date. */
    private String atReply(String proposal, Map<String, Object> assignment) {
        scenario.fileAndAssign(proposal, assignment);
        String handling = proposal + "/transport/1";
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_PreHandlingContact"),
                Map.of(
                        "contactedOn",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "method",
                        "PHONE",
                        "notes",
                        "电话沟通了办理思路"));
        title(proposal);
        return handling;
    }

    private List<String> taskDue(String recipient, String subject) {
        return jdbc.sql("SELECT dedup_key FROM notification WHERE recipient = :r AND subject_key = :s"
                        + " AND kind = 'TASK_DUE' ORDER BY created_at")
                .param("r", recipient)
                .param("s", subject)
                .query(String.class)
                .list();
    }

    private int robotTaskDue(String robot, String subject) {
        return jdbc.sql("SELECT count(*) FROM notification_delivery WHERE address = :robot AND subject_key = :s"
                        + " AND kind = 'TASK_DUE'")
                .param("robot", robot)
                .param("s", subject)
                .query(Integer.class)
                .single();
    }

    private List<String> kinds(String recipient, String subject) {
        return jdbc.sql("SELECT kind FROM notification WHERE recipient = :r AND subject_key = :s"
                        + " AND kind IN ('DUE_SOON', 'OVERDUE') ORDER BY created_at")
                .param("r", recipient)
                .param("s", subject)
                .query(String.class)
                .list();
    }

    private static Optional<MimeMessage> mailAbout(String address, String subject, String containing) throws Exception {
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))
                    && m.getSubject().contains(subject)
                    && ((String) m.getContent()).contains(containing)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<MimeMessage> mailTo(String address, String subject) throws Exception {
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))
                    && m.getSubject().contains(subject)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<Request> received(String path, String containing, String kind) {
        return RECEIVED.stream()
                .filter(r -> r.path().equals(path)
                        && r.body().contains(containing)
                        && r.body().contains(kind))
                .findFirst();
    }

    private static JsonNode find(JsonNode page, String title, String kind) {
        for (JsonNode item : page.path("items")) {
            if (item.path("kind").asText().equals(kind)
                    && item.path("text").asText().contains(title)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " notification naming " + title + " in " + page);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
