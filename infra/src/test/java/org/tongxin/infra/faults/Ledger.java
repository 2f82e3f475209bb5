package org.tongxin.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The client side of a fault run: anonymous citizens submitting clues, each with its own {@code Idempotency-Key} and
 * a unique title. A submission is acknowledged when the server answered 201 with a tracking code; one that got no
 * answer (the server died under it) is retried after the restart with the same key, as a careful client would. The
 * ledger is what the database must hold afterwards: every acknowledged title exactly once, under its code.
 */
final class Ledger {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One submission: its title, key and, once acknowledged, its tracking code. */
    record Submission(String title, String key, String userAgent) {}

    final Map<Submission, String> acknowledged = new ConcurrentHashMap<>();
    final Set<Submission> unanswered = ConcurrentHashMap.newKeySet();
    final AtomicInteger serverErrors = new AtomicInteger();
    /** 503 problem+json with a Retry-After: the database is gone and the client is told to come back. */
    final AtomicInteger unavailable = new AtomicInteger();
    /** Any other 5xx: a failure the client is not told how to handle. */
    final AtomicInteger otherServerErrors = new AtomicInteger();

    final AtomicInteger statuses409 = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    static String body(String title) {
        return """
                {"title":"%s","content":"故障演练提交的线索内容","source":"CITIZEN_IDEA","district":"龙岗区","street":"龙城街道"}
                """
                .formatted(title);
    }

    /** Submits fresh clues from {@code clients} threads until {@code stop} is set; never throws. */
    void load(URI base, String run, int clients, AtomicBoolean stop) {
        for (int c = 0; c < clients; c++) {
            String agent = "fault-client-" + c;
            Thread client = new Thread(
                    () -> {
                        int n = 0;
                        while (!stop.get()) {
                            Submission s = new Submission(
                                    run + "-" + agent + "-" + n++,
                                    UUID.randomUUID().toString(),
                                    agent);
                            if (!submit(base, s) && unanswered.contains(s)) {
                                // No answer: the server is gone. A client waits and retries this one later
                                // (retryUnanswered) instead of piling up new submissions.
                                return;
                            }
                        }
                    },
                    run + "-" + agent);
            client.setDaemon(true);
            client.start();
        }
    }

    /** One POST; records the outcome. Answers whether it was acknowledged. */
    boolean submit(URI base, Submission s) {
        unanswered.add(s);
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve("/api/public/clues"))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/json")
                            .header("User-Agent", s.userAgent())
                            .header("Idempotency-Key", s.key())
                            .POST(HttpRequest.BodyPublishers.ofString(body(s.title())))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                JsonNode receipt = JSON.readTree(r.body());
                acknowledged.put(s, receipt.get("trackingCode").asText());
                unanswered.remove(s);
                return true;
            }
            if (r.statusCode() == 409) {
                statuses409.incrementAndGet();
            } else if (r.statusCode() >= 500) {
                serverErrors.incrementAndGet();
                if (r.statusCode() == 503
                        && r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        && r.headers().firstValue("Retry-After").isPresent()) {
                    unavailable.incrementAndGet();
                } else {
                    otherServerErrors.incrementAndGet();
                }
            }
            return false;
        } catch (Exception noAnswer) {
            return false;
        }
    }

    /**
     * Every acknowledged title once in the event store under its code, no clue registered twice, and every one in the
     * read model.
     */
    void assertHeldBy(EmbeddedDatabase db) throws Exception {
        Map<String, List<String>> stored = db.registeredCodesByTitle();
        Map<String, String> codes = acknowledged.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().title(), Map.Entry::getValue));
        assertThat(codes.keySet()).allSatisfy(title -> assertThat(stored.get(title))
                .as("events registering %s", title)
                .containsExactly(codes.get(title)));
        assertThat(stored.values()).as("no clue registered twice").allSatisfy(c -> assertThat(c)
                .hasSize(1));
        await("read model caught up")
                .atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(db.viewCodesByTitle()).containsAllEntriesOf(codes));
    }

    /** Retries every submission that got no answer, with its own key, until each is acknowledged. */
    void retryUnanswered(URI base) {
        for (Submission s : List.copyOf(unanswered)) {
            retried.incrementAndGet();
            for (int attempt = 0; attempt < 5 && !submit(base, s); attempt++) {
                // a 409 "just ended" or a 503 asks for a retry; the loop bounds it
            }
        }
    }
}
