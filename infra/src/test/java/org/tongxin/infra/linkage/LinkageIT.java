package org.tongxin.infra.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.DeclineGround;
import org.tongxin.engine.clue.FeedbackRecorded;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.TongxinApplication;
import org.tongxin.infra.citizens.ClueIntake;
import org.tongxin.infra.citizens.ClueReceipt;
import org.tongxin.infra.citizens.ClueSubmission;

/**
 * Two Tongxin instances in one test, each with its own embedded PostgreSQL, on loopback: a district committee (龙岗区政协)
 * escalates a clue to the city committee (深圳市政协) while the city's instance is still down — the office's
 * escalation succeeds, the outbox retries with back-off — then the city comes up, receives the item as a clue with
 * its source, answers it, and the district's clue and its citizen's tracking page hear the answer. Sending the same
 * escalation again registers nothing new.
 */
class LinkageIT {

    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private ConfigurableApplicationContext district;
    private ConfigurableApplicationContext city;

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {district, city}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void aClueEscalatedWhileTheCityIsDownReachesItLaterAndItsAnswerComesBack() throws Exception {
        int cityPort = freePort();
        district = start(
                "district",
                Map.of(
                        "tongxin.linkage.committee", "龙岗区政协",
                        "tongxin.linkage.peer.base-url", "http://127.0.0.1:" + cityPort,
                        "tongxin.linkage.peer.username", "staff",
                        "tongxin.linkage.peer.password", "demo",
                        "tongxin.linkage.dispatch-interval", "200ms",
                        "tongxin.linkage.first-retry", "300ms",
                        "tongxin.linkage.max-retry", "1s",
                        "tongxin.linkage.poll-interval", "300ms",
                        "tongxin.linkage.timeout", "2s"));
        RestClient districtApi = api(district);

        // a citizen's clue, classified by the district's office
        ClueReceipt clue = district.getBean(ClueIntake.class)
                .register(
                        new ClueSubmission(
                                "跨区公交线路衔接不畅",
                                "龙岗区与相邻城区之间的公交线路在区界处断开，居民换乘需步行一公里。",
                                ClueSource.CITIZEN_IDEA,
                                "龙岗区",
                                "坂田街道",
                                null),
                        ActorRef.citizen());
        district.getBean(CommandGateway.class)
                .sendAndWait(new ClassifyClue(
                        new ClueId(clue.id()), "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF));

        // the clue pool follows the event store asynchronously; the escalation reads the clue from it
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> getOrNull(districtApi, "/api/clues/" + clue.id()),
                        c -> c != null && "PUBLISHED".equals(c.path("status").asText()));

        // the office escalates it while the city's instance is down: the escalation itself succeeds
        JsonNode escalated = post(
                districtApi,
                "/api/linkage/escalations",
                Map.of("kind", "CLUE", "item", clue.trackingCode(), "note", "涉及跨区公交规划，请市政协协调。"),
                201);
        String escalation = escalated.get("escalationId").asText();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode row = get(districtApi, "/api/linkage/escalations/" + escalation);
            assertThat(row.get("state").asText()).isEqualTo("PENDING");
            assertThat(row.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(row.get("lastError").asText()).isNotBlank();
        });
        // the same item goes up once
        post(districtApi, "/api/linkage/escalations", Map.of("kind", "CLUE", "item", clue.trackingCode()), 409);

        // the city comes up and takes it as a clue with its source
        city = start("city", Map.of("server.port", String.valueOf(cityPort), "tongxin.linkage.committee", "深圳市政协"));
        RestClient cityApi = api(city);
        JsonNode sent = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> get(districtApi, "/api/linkage/escalations/" + escalation),
                        r -> "SENT".equals(r.get("state").asText())
                                || "CLOSED".equals(r.get("state").asText()));
        String cityClue = sent.get("remoteClueId").asText();
        assertThat(sent.get("remoteCode").asText()).matches("TX-[0-9A-Z]{8}");
        JsonNode received = await().atMost(Duration.ofSeconds(30))
                .until(() -> getOrNull(cityApi, "/api/clues/" + cityClue), r -> r != null);
        assertThat(received.get("source").asText()).isEqualTo("LOWER_COMMITTEE");
        assertThat(received.get("title").asText()).isEqualTo("跨区公交线路衔接不畅");
        assertThat(received.get("content").asText())
                .contains("龙岗区政协报送（原线索 " + clue.trackingCode() + "）")
                .contains("涉及跨区公交规划，请市政协协调。");
        assertThat(received.get("submitterName").asText()).isEqualTo("龙岗区政协");

        // a retried send (the district never heard the answer) finds the same clue
        JsonNode again = post(
                cityApi,
                "/api/linkage/inbound",
                Map.of(
                        "reference", escalation,
                        "committee", "龙岗区政协",
                        "itemKind", "CLUE",
                        "itemLabel", clue.trackingCode(),
                        "title", "跨区公交线路衔接不畅",
                        "content", "重复报送"),
                200);
        assertThat(again.get("clueId").asText()).isEqualTo(cityClue);

        // the city's office finds it a matter for the city's transport bureau, tells the district so and closes it
        CommandGateway cityCommands = city.getBean(CommandGateway.class);
        cityCommands.sendAndWait(new ClassifyClue(
                new ClueId(cityClue),
                "交通出行",
                null,
                ClueRoute.DECLINE,
                DeclineGround.PETITION_LETTER_MATTER,
                "市交通运输局",
                null,
                STAFF));
        cityCommands.sendAndWait(new RecordFeedback(new ClueId(cityClue), "answer:1", "已交市交通运输局研究，年底前开通跨区接驳线。", STAFF));
        cityCommands.sendAndWait(new CloseClue(new ClueId(cityClue), STAFF));

        // the answer comes back down: on the district's clue and its citizen's tracking page, and the row closes
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode row = get(districtApi, "/api/linkage/escalations/" + escalation);
            assertThat(row.path("state").asText()).isEqualTo("CLOSED");
        });
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(get(districtApi, "/api/clues/" + clue.id())
                                .path("lastFeedback")
                                .asText())
                        .isEqualTo("上级政协反馈：已交市交通运输局研究，年底前开通跨区接驳线。"));
        String tracking = RestClient.create("http://127.0.0.1:" + port(district))
                .get()
                .uri("/public/track/" + clue.trackingCode())
                .retrieve()
                .body(String.class);
        assertThat(tracking).contains("已交市交通运输局研究，年底前开通跨区接驳线。");
        // heard once, however often the district asked
        List<String> heard = district.getBean(EventStore.class)
                .readEvents(clue.id(), 0L)
                .asStream()
                .map(m -> m.getPayload())
                .filter(p -> p instanceof FeedbackRecorded)
                .map(p -> ((FeedbackRecorded) p).summary())
                .toList();
        assertThat(heard)
                .filteredOn(text -> text.contains("已交市交通运输局研究"))
                .as("feedback recorded on the district's clue: %s", heard)
                .hasSize(1);
    }

    private static ConfigurableApplicationContext start(String name, Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.putIfAbsent("server.port", "0");
        all.put("spring.application.name", "tongxin-" + name);
        // as command-line arguments: they rank above application.yml, which default properties do not
        return new SpringApplicationBuilder(TongxinApplication.class)
                .profiles("test")
                .run(all.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static RestClient api(ConfigurableApplicationContext context) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port(context))
                .defaultHeaders(h -> h.setBasicAuth("staff", "demo"))
                .build();
    }

    private static JsonNode post(RestClient api, String path, Object body, int expected) throws IOException {
        var response = api.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, r) ->
                        Map.entry(r.getStatusCode(), new String(r.getBody().readAllBytes(), "UTF-8")));
        assertThat(response.getKey()).as(response.getValue()).isEqualTo(HttpStatusCode.valueOf(expected));
        return JSON.readTree(response.getValue());
    }

    private static JsonNode get(RestClient api, String path) throws IOException {
        return JSON.readTree(api.get().uri(path).retrieve().body(String.class));
    }

    private static JsonNode getOrNull(RestClient api, String path) throws IOException {
        var response = api.get()
                .uri(path)
                .exchange((request, r) ->
                        Map.entry(r.getStatusCode(), new String(r.getBody().readAllBytes(), "UTF-8")));
        return response.getKey().is2xxSuccessful() ? JSON.readTree(response.getValue()) : null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
