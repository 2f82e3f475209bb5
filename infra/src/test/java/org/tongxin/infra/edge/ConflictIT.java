package org.tongxin.infra.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Races over real HTTP: many requests at one task at the same moment. The losers get 409 problem details with a
 * {@code Retry-After} hint (or, once the winner completed it, 404), never 500, and the winner's effect is there once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConflictIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String contentType, String retryAfter) {}

    private List<Answer> race(int n, String path, String body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        String auth = "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < n; i++) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await();
                                HttpResponse<String> r = http.send(
                                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                .header("Authorization", auth)
                                                .header("Content-Type", "application/json")
                                                .timeout(Duration.ofSeconds(60))
                                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                                return new Answer(
                                        r.statusCode(),
                                        r.headers().firstValue("Content-Type").orElse(""),
                                        r.headers().firstValue("Retry-After").orElse(null));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        pool));
            }
            start.countDown();
            List<Answer> result = new ArrayList<>();
            for (CompletableFuture<Answer> a : answers) {
                result.add(a.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> byStatus(List<Answer> answers) {
        Map<Integer, Long> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        return counts;
    }

    /** A lost race says when to come back; a domain refusal (already classified) is a 409 problem too, without. */
    private static void conflictsAreProblems(List<Answer> answers, boolean retryAfter) {
        for (Answer a : answers) {
            if (a.status() == 409) {
                assertThat(a.contentType()).startsWith("application/problem+json");
                if (retryAfter) {
                    assertThat(a.retryAfter()).isEqualTo("1");
                }
            }
        }
    }

    @Test
    void twentyParallelClaimsOfOneTaskNeverAnswer500() throws Exception {
        EdgeSupport.OpenClue clue = EdgeSupport.clueWithOpenTask(mvc, json);

        List<Answer> answers = race(20, "/api/tasks/" + clue.taskId() + "/claim", "");

        Map<Integer, Long> counts = byStatus(answers);
        assertThat(counts.keySet()).as(counts.toString()).isSubsetOf(204, 409);
        assertThat(counts.get(204)).as(counts.toString()).isPositive();
        conflictsAreProblems(answers, true);
        String assignee = jdbc.sql("SELECT assignee_ FROM act_ru_task WHERE id_ = :id")
                .param("id", clue.taskId())
                .query(String.class)
                .single();
        assertThat(assignee).isEqualTo("staff");
    }

    @Test
    void tenParallelCompletionsOfOneTaskDecideOnceAndNeverAnswer500() throws Exception {
        EdgeSupport.OpenClue clue = EdgeSupport.clueWithOpenTask(mvc, json);

        List<Answer> answers = race(
                10,
                "/api/tasks/" + clue.taskId() + "/complete",
                "{\"category\":\"交通出行\",\"route\":\"PUBLISH_FOR_ADOPTION\"}");

        Map<Integer, Long> counts = byStatus(answers);
        assertThat(counts.keySet()).as(counts.toString()).isSubsetOf(204, 404, 409);
        assertThat(counts.get(204)).as(counts.toString()).isEqualTo(1L);
        conflictsAreProblems(answers, false);
        long classified = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id"
                        + " AND payload_type LIKE '%.ClueClassified'")
                .param("id", clue.clueId())
                .query(Long.class)
                .single();
        assertThat(classified).isEqualTo(1);
    }
}
