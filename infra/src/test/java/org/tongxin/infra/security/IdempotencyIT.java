package org.tongxin.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Idempotency keys that never stick and never cross clients: a key left by a request that did not commit is
 * released, retries of one key wait for the first answer instead of a 409, and two anonymous clients with the same
 * key each get their own clue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdempotencyIT {

    private static final String PATH = "/api/public/clues";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKeyLeftByARequestThatNeverCommittedIsReleasedForItsRetry() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body("断电时提交的线索 " + key);
        // What a request in flight at a crash left behind: the key with no response. It is written under the scope
        // this client has now and under the one anonymous scope an earlier version shared among all clients.
        for (String scope : List.of(scopeOf("crashed-phone"), "anonymous")) {
            jdbc.sql("INSERT INTO idempotency_key (principal, idem_key, request_hash) VALUES (:p, :k, :h)")
                    .param("p", scope)
                    .param("k", key)
                    .param("h", hash(body))
                    .update();
        }

        ResponseEntity<String> retry = post("crashed-phone", key, body);

        assertThat(retry.getStatusCode().value())
                .as("the retry of a request that never committed is processed, not 'still being processed'")
                .isEqualTo(201);
        assertThat(registered(body)).isOne();
    }

    @Test
    void aSecondAnonymousClientWithTheSameKeyGetsItsOwnClueNotTheFirstOnesTrackingCode() throws Exception {
        String key = "predictable-key-1";
        String body = body("同一键的两位市民 " + UUID.randomUUID());

        ResponseEntity<String> first = post("phone-of-citizen-a", key, body);
        ResponseEntity<String> second = post("phone-of-citizen-b", key, body);
        ResponseEntity<String> firstAgain = post("phone-of-citizen-a", key, body);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(code(second)).isNotEqualTo(code(first));
        assertThat(firstAgain.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(code(firstAgain)).isEqualTo(code(first));
        assertThat(registered(body)).isEqualTo(2);
    }

    @Test
    void concurrentRetriesOfOneKeyWaitForTheFirstAnswerAndMakeOneClue() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body("并发重试 " + key);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post("impatient-phone", key, body));
            }
            List<String> codes = new ArrayList<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> f : pool.invokeAll(calls)) {
                statuses.add(f.get().getStatusCode().value());
                codes.add(code(f.get()));
            }
            assertThat(statuses).containsOnly(201);
            assertThat(codes).hasSize(8).containsOnly(codes.get(0));
            assertThat(registered(body)).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    private ResponseEntity<String> post(String userAgent, String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.USER_AGENT, userAgent);
        headers.set(IdempotencyFilter.HEADER, key);
        return rest.postForEntity(PATH, new HttpEntity<>(body, headers), String.class);
    }

    private String code(ResponseEntity<String> response) throws Exception {
        JsonNode receipt = json.readTree(response.getBody());
        return receipt.path("trackingCode").asText(null);
    }

    private long registered(String body) throws Exception {
        String title = json.readTree(body).get("title").asText();
        return jdbc.sql(
                        """
                SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.ClueRegistered'
                AND convert_from(payload, 'UTF8')::jsonb->>'title' = :t
                """)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private static String scopeOf(String userAgent) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", PATH);
        request.setRemoteAddr("127.0.0.1");
        request.addHeader(HttpHeaders.USER_AGENT, userAgent);
        return IdempotencyFilter.scope(request);
    }

    private static String hash(String body) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(("POST " + PATH + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String body(String title) {
        return """
                {"title":"%s","content":"幂等键测试的线索内容","source":"CITIZEN_IDEA","district":"龙岗区","street":"龙城街道"}
                """
                .formatted(title);
    }
}
