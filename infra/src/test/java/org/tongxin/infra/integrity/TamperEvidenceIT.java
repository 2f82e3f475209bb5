package org.tongxin.infra.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.infra.security.UserAccounts;

/**
 * The record is tamper-evident: an event row edited directly in PostgreSQL, behind the application's back, makes
 * verification fail at exactly that event, and a checkpoint only counts when its SM2 signature verifies under the
 * deployment's key. Each test puts back what it damaged, so the shared context's log stays whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TamperEvidenceIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainSealer sealer;

    @Autowired
    SigningKey signingKey;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserAccounts accounts;

    @Test
    void anEventEditedInTheDatabaseBreaksTheChainAtExactlyThatEvent() throws Exception {
        List<Long> positions = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String title : List.of("公交站台缺少遮雨棚", "学校门口早高峰拥堵", "老旧小区加装电梯")) {
            JsonNode receipt = submit(title, title + "，希望有关部门研究解决。");
            positions.add(registeredAt(receipt));
            codes.add(receipt.get("trackingCode").asText());
        }
        long first = positions.get(0);
        long tampered = positions.get(1);
        long last = positions.get(2);
        sealedUpTo(last);

        JsonNode intact = verify("supervisor", first, last);
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(3);

        byte[] original = payload(tampered);
        String edited = new String(original, java.nio.charset.StandardCharsets.UTF_8).replace("学校门口早高峰拥堵", "学校门口早高峰畅通");
        assertThat(edited).isNotEqualTo(new String(original, java.nio.charset.StandardCharsets.UTF_8));
        jdbc.sql("UPDATE domain_event_entry SET payload = :payload WHERE global_index = :index")
                .param("payload", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .param("index", tampered)
                .update();
        try {
            JsonNode broken = verify("admin", first, last);
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.at("/firstBreak/position").asLong()).isEqualTo(tampered);
            assertThat(broken.at("/firstBreak/reason").asText()).isEqualTo("ALTERED");
            assertThat(broken.at("/firstBreak/eventType").asText()).isEqualTo("ClueRegistered");
            assertThat(broken.at("/firstBreak/explanation").asText()).contains("被改动");
            // the citizen's tracking page says so too, and the command-line verifier finds the same position
            assertThat(trackingPage(codes.get(1), "")).contains("id=\"seal-changed\"");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = VerifyChain.run(cli(first, last), new PrintStream(out, true, StandardCharsets.UTF_8), null);
            assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("BROKEN 已被篡改 at position " + tampered + ": ALTERED");

            // the part of the log before the edited event still verifies
            JsonNode before = verify("supervisor", first, tampered - 1);
            assertThat(before.get("intact").asBoolean()).as(before.toString()).isTrue();
        } finally {
            jdbc.sql("UPDATE domain_event_entry SET payload = :payload WHERE global_index = :index")
                    .param("payload", original)
                    .param("index", tampered)
                    .update();
        }
        assertThat(verify("supervisor", first, last).get("intact").asBoolean()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyChain.run(cli(first, last), new PrintStream(out, true, StandardCharsets.UTF_8), null))
                .as(out.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("INTACT");
    }

    @Test
    void aCitizenPrintsAReceiptAndChecksItOnTheTrackingPage() throws Exception {
        JsonNode receipt = submit("社区卫生站周末不开门", "社区卫生服务站周末关门，老人看病不便。");
        String code = receipt.get("trackingCode").asText();
        long position = registeredAt(receipt);
        sealedUpTo(position);
        String digest = HexFormat.of()
                .formatHex(jdbc.sql("SELECT digest FROM event_seal WHERE global_index = :index")
                        .param("index", position)
                        .query(byte[].class)
                        .single());

        String page = trackingPage(code, "");
        assertThat(page)
                .contains("id=\"seal-intact\"")
                .contains(digest.substring(0, 8) + " " + digest.substring(8, 16));
        assertThat(trackingPage(code, "?digest=" + digest.toUpperCase(java.util.Locale.ROOT)))
                .contains("id=\"digest-same\"");
        assertThat(trackingPage(code, "?digest=" + digest.substring(1) + "0")).contains("id=\"digest-different\"");

        MockHttpServletResponse pdf = mvc.perform(get("/public/track/" + code + "/receipt.pdf"))
                .andReturn()
                .getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.getContentAsByteArray());
        assertThat(text).contains(code).contains("百姓建议提交回执").contains("第 " + position + " 条事件");
        assertThat(text.replaceAll("\\s", "")).contains(digest);
    }

    @Test
    void aProposalsReceiptNamesItsSealedSubmissionForThoseWhoMayReadIt() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/proposals")
                        .with(httpBasic("member", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", "关于规范电动自行车充电的提案", "content", "老旧小区电动自行车飞线充电隐患大。", "action", "SUBMIT"))))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String id = json.readTree(created.getContentAsString()).get("id").asText();
        long submitted = jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = :id"
                        + " AND payload_type LIKE '%.ProposalSubmitted'")
                .param("id", id)
                .query(Long.class)
                .single();
        sealedUpTo(submitted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        mvc.perform(get("/api/proposals/" + id + "/receipt.pdf").with(httpBasic("member", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                .isEqualTo(200));
        byte[] document = mvc.perform(
                        get("/api/proposals/" + id + "/receipt.pdf").with(httpBasic("supervisor", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(pdfText(document))
                .contains("提案提交回执")
                .contains("关于规范电动自行车充电的提案")
                .contains("第 " + submitted + " 条事件");
        assertThat(mvc.perform(get("/api/proposals/" + id + "/receipt.pdf").with(httpBasic("dept-transport", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theVerificationPageShowsTheOutcomeInWordsAndRefusesABackwardRange() throws Exception {
        long position = registeredAt(submit("夜市噪音扰民", "夜市营业到凌晨，噪音很大。"));
        sealedUpTo(position);
        String intact = page("/integrity?run=1&from=" + position + "&to=" + position);
        assertThat(intact).contains("id=\"intact\"").contains("签名公钥").contains("BEGIN PUBLIC KEY");
        String refused = page("/integrity?run=1&from=9&to=2");
        assertThat(refused).contains("结束序号不能小于起始序号").doesNotContain("id=\"result\"");
        assertThat(page("/integrity?run=1&from=abc")).contains("请填写记录的序号");
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername("supervisor"))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The tracking page once the clue's view is written (before that it shows the code alone, without its seal). */
    private String trackingPage(String code, String query) throws Exception {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            MockHttpServletResponse response = mvc.perform(get("/public/track/" + code + query))
                                    .andReturn()
                                    .getResponse();
                            assertThat(response.getStatus()).isEqualTo(200);
                            return response.getContentAsString();
                        },
                        page -> page.contains("id=\"seal\""));
    }

    private static String pdfText(byte[] document) throws Exception {
        assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(document);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString();
    }

    private String[] cli(long from, long to) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return new String[] {
                "--url", connection.getMetaData().getURL(),
                "--user", connection.getMetaData().getUserName(),
                "--from", Long.toString(from),
                "--to", Long.toString(to),
                "--public-key", signingKey.publicKeyHex().orElseThrow()
            };
        }
    }

    @Test
    void aDeletedEventIsReportedAsMissingAtItsPosition() throws Exception {
        long first = registeredAt(submit("路灯夜间不亮", "小区东门路灯已坏了一个月。"));
        long deleted = registeredAt(submit("河道垃圾无人清理", "河道里漂浮垃圾较多。"));
        sealedUpTo(deleted);
        Map<String, Object> row = jdbc.sql("SELECT * FROM domain_event_entry WHERE global_index = :index")
                .param("index", deleted)
                .query()
                .singleRow();
        jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = :index")
                .param("index", deleted)
                .update();
        try {
            JsonNode broken = verify("supervisor", first, deleted);
            assertThat(broken.at("/firstBreak/position").asLong()).isEqualTo(deleted);
            assertThat(broken.at("/firstBreak/reason").asText()).isEqualTo("MISSING");
        } finally {
            jdbc.sql(
                            """
                            INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                                    event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                            VALUES (:global_index, :aggregate_identifier, :sequence_number, :type, :event_identifier,
                                    :meta_data, :payload, :payload_revision, :payload_type, :time_stamp)
                            """)
                    .params(row)
                    .update();
        }
        assertThat(verify("supervisor", first, deleted).get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void signedCheckpointsVerifyAndAForgedOneDoesNot() throws Exception {
        long position = registeredAt(submit("菜市场周边停车难", "周末菜市场周边车辆乱停。"));
        sealedUpTo(position);
        sealer.checkpointNow();
        long checkpoint = jdbc.sql("SELECT max(up_to) FROM event_chain_checkpoint")
                .query(Long.class)
                .single();
        assertThat(checkpoint).isGreaterThanOrEqualTo(position);

        JsonNode good = verify("supervisor", position, checkpoint);
        assertThat(good.get("intact").asBoolean()).as(good.toString()).isTrue();
        assertThat(good.get("checkpointsChecked").asLong()).isEqualTo(1);

        Map<String, Object> signed = jdbc.sql("SELECT * FROM event_chain_checkpoint WHERE up_to = :upTo")
                .param("upTo", checkpoint)
                .query()
                .singleRow();
        byte[] signature = (byte[]) signed.get("signature");
        byte[] flipped = signature.clone();
        flipped[flipped.length - 3] ^= 0x01;
        try {
            setSignature(checkpoint, flipped, (byte[]) signed.get("public_key"));
            JsonNode forged = verify("supervisor", position, checkpoint);
            assertThat(forged.at("/firstBreak/position").asLong()).isEqualTo(checkpoint);
            assertThat(forged.at("/firstBreak/reason").asText()).isEqualTo("BAD_SIGNATURE");

            // a forger who signs with a key of their own makes a valid signature, but not by a trusted key
            KeyPair forger = Sm2.generate();
            byte[] statement = Sm2.checkpointStatement(
                    checkpoint, (String) signed.get("algorithm"), (byte[]) signed.get("digest"), (Long)
                            signed.get("signed_at_ms"));
            setSignature(
                    checkpoint,
                    Sm2.sign(forger.getPrivate(), statement),
                    forger.getPublic().getEncoded());
            JsonNode untrusted = verify("supervisor", position, checkpoint);
            assertThat(untrusted.at("/firstBreak/reason").asText()).isEqualTo("UNTRUSTED_KEY");
        } finally {
            setSignature(checkpoint, signature, (byte[]) signed.get("public_key"));
        }
        assertThat(verify("supervisor", position, checkpoint).get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/api/integrity/verify?from=10&to=3").with(httpBasic("supervisor", "demo")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).contains("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"to\"");
    }

    private void setSignature(long upTo, byte[] signature, byte[] publicKey) {
        jdbc.sql("UPDATE event_chain_checkpoint SET signature = :signature, public_key = :key WHERE up_to = :upTo")
                .param("signature", signature)
                .param("key", publicKey)
                .param("upTo", upTo)
                .update();
    }

    private void sealedUpTo(long position) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sealer.sealOnce();
            return sealer.head() >= position;
        });
    }

    private byte[] payload(long position) {
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = :index")
                .param("index", position)
                .query(byte[].class)
                .single();
    }

    private long registeredAt(JsonNode receipt) {
        return registeredAt(receipt.get("id").asText());
    }

    private long registeredAt(String clueId) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = :id"
                        + " AND payload_type LIKE '%.ClueRegistered'")
                .param("id", clueId)
                .query(Long.class)
                .single();
    }

    private JsonNode verify(String user, long from, long to) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/api/integrity/verify?from=" + from + "&to=" + to).with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private JsonNode submit(String title, String content) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/public/clues")
                        .with(r -> {
                            r.setRemoteAddr("10.17.0." + (CLIENTS.incrementAndGet() % 250 + 1));
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", title, "content", content, "source", "CITIZEN_IDEA"))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }
}
