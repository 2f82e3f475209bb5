package org.tongxin.infra.tokens;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small measuring program, not a test: against a running Tongxin (demo accounts, public rate limit off), it
 * registers clues, waits for their classification tasks and completes them through the API — serially, then with
 * {@code clients} concurrent clients — once authenticated with HTTP Basic and once with a personal access token, and
 * prints p50/p95/p99 and completions per second. It asserts nothing; the official harness is the bench profile's.
 *
 * <p>{@code java -cp … org.tongxin.infra.tokens.CompletionLoad http://localhost:8102 40 160 16}
 */
public final class CompletionLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String BASIC =
            "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8));

    private CompletionLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8102";
        int serial = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int concurrent = args.length > 2 ? Integer.parseInt(args[2]) : 160;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        String token = "Bearer " + issueToken(base);
        for (String auth : List.of(BASIC, token)) {
            String name = auth.startsWith("Basic") ? "HTTP Basic" : "access token";
            List<String> tasks = openTasks(base, serial + concurrent, auth);
            List<Long> serialTimes = run(base, tasks.subList(0, serial), 1, auth);
            long start = System.nanoTime();
            List<Long> parallelTimes = run(base, tasks.subList(serial, tasks.size()), clients, auth);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "%-13s serial:   n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms%n",
                    name, serialTimes.size(), p(serialTimes, 50), p(serialTimes, 95), p(serialTimes, 99));
            System.out.printf(
                    "%-13s %d clients: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms, %.1f completions/s%n",
                    name,
                    clients,
                    parallelTimes.size(),
                    p(parallelTimes, 50),
                    p(parallelTimes, 95),
                    p(parallelTimes, 99),
                    parallelTimes.size() / seconds);
        }
    }

    private static String issueToken(String base) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", BASIC)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"completion load\",\"scope\":\"WRITE\",\"expiresInDays\":1}")));
        return JSON.readTree(response.body()).get("secret").asText();
    }

    /** Registers {@code n} clues and returns their classification tasks once the process has opened them. */
    private static List<String> openTasks(String base, int n, String auth) throws Exception {
        List<String> clues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = JSON.writeValueAsString(Map.of(
                    "title", "测量用线索 " + UUID.randomUUID(),
                    "content", "路灯损坏，夜间出行不便。",
                    "source", "CITIZEN_IDEA",
                    "district", "龙岗区",
                    "street", "龙城街道"));
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/public/clues"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            clues.add(JSON.readTree(response.body()).get("id").asText());
        }
        List<String> tasks = new ArrayList<>();
        for (String clue : clues) {
            JsonNode items = await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(
                            () -> {
                                JsonNode list = JSON.readTree(
                                        send(HttpRequest.newBuilder(URI.create(base + "/api/tasks?businessKey=" + clue))
                                                        .header("Authorization", auth)
                                                        .GET())
                                                .body());
                                return list.isArray() ? list : list.path("items");
                            },
                            list -> list.size() > 0);
            tasks.add(items.get(0).get("id").asText());
        }
        return tasks;
    }

    private static List<Long> run(String base, List<String> tasks, int clients, String auth) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tasks);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                String task;
                while ((task = queue.poll()) != null) {
                    long start = System.nanoTime();
                    HttpResponse<String> response =
                            send(HttpRequest.newBuilder(URI.create(base + "/api/tasks/" + task + "/complete"))
                                    .header("Authorization", auth)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"category\":\"交通出行\",\"route\":\"PUBLISH_FOR_ADOPTION\"}")));
                    times.add(System.nanoTime() - start);
                    if (response.statusCode() != 204) {
                        System.out.println("task " + task + ": " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return times;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
