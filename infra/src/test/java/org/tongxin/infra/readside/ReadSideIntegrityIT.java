package org.tongxin.infra.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.projections.audit.AuditLogProjection;
import org.tongxin.projections.clue.CluePoolProjection;
import org.tongxin.projections.cluecase.ClueCaseProjection;
import org.tongxin.projections.mywork.MyWorkProjection;
import org.tongxin.projections.ops.ProjectionOperations;
import org.tongxin.projections.ops.ProjectionStatus;

/**
 * The read side never loses an event: events that commit out of order keep their own identity and position in the
 * audit log and my work, a poison event goes to the dead-letter queue while everything else goes on, a NUL in a
 * stored event is projected, a segment nobody works on shows as lag, and an event the processors passed for good is
 * found and re-projected by the reconciliation. Events are appended straight to the event store, as another writer
 * or an old release would have.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReadSideIntegrityIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionOperations operations;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    Serializer serializer;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void eventsCommittedOutOfOrderEachKeepOneAuditRowWithTheirOwnPosition() throws Exception {
        String prefix = "ooo-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String task = "task-" + prefix;
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            // one transaction takes its global index first and commits last
            Future<?> slow = pool.submit(() -> transactions.executeWithoutResult(s -> {
                eventStore.publish(registered(prefix + "held", "先占位后提交", task));
                held.countDown();
                try {
                    release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        String id = prefix + writer + "-" + i;
                        // the same task's later event commits first
                        String taskId = writer == 0 && i == 0 ? task : null;
                        transactions.executeWithoutResult(s -> eventStore.publish(registered(id, "并发线索", taskId)));
                    }
                }));
            }
            for (Future<?> f : writers) {
                f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            await().atMost(WAIT).until(() -> auditRows(prefix) == 40);
            release.countDown();
            slow.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = jdbc.sql(
                            """
                            SELECT e.global_index AS stored, a.global_index AS audited
                              FROM domain_event_entry e
                              LEFT JOIN audit_entry a
                                ON a.aggregate_id = e.aggregate_identifier AND a.sequence_number = e.sequence_number
                             WHERE e.aggregate_identifier LIKE :p
                            """)
                    .param("p", prefix + "%")
                    .query()
                    .listOfRows();
            assertThat(rows).hasSize(41);
            assertThat(rows).allSatisfy(r -> assertThat(r.get("audited")).isEqualTo(r.get("stored")));
            assertThat(auditRows(prefix)).isEqualTo(41);
        });
        long heldIndex = jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = :a")
                .param("a", prefix + "held")
                .query(Long.class)
                .single();
        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> done = jdbc.sql("SELECT position, aggregate_id FROM completed_task WHERE task_id = :t")
                    .param("t", task)
                    .query()
                    .singleRow();
            // the task is described by its first event, the one that took the lower position
            assertThat(done.get("position")).isEqualTo(heldIndex);
            assertThat(done.get("aggregate_id")).isEqualTo(prefix + "held");
        });

        List<Map<String, Object>> liveAudit = auditOf(prefix);
        Map<String, Object> liveTask = taskRow(task);
        operations.replay(AuditLogProjection.GROUP);
        operations.replay(MyWorkProjection.GROUP);
        await().atMost(WAIT).until(() -> caughtUp(AuditLogProjection.GROUP) && caughtUp(MyWorkProjection.GROUP));
        assertThat(auditOf(prefix)).isEqualTo(liveAudit);
        assertThat(taskRow(task)).isEqualTo(liveTask);
    }

    @Test
    void aNulInAStoredEventIsProjectedAsAReplacementCharacter() {
        String id = "nul-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(s -> eventStore.publish(registered(id, "a\u0000b", null)));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT title FROM clue_view WHERE clue_id = :id")
                            .param("id", id)
                            .query(String.class)
                            .optional())
                    .contains("a\uFFFDb");
            assertThat(jdbc.sql("SELECT doc->>'title' FROM clue_case_view WHERE clue_id = :id")
                            .param("id", id)
                            .query(String.class)
                            .optional())
                    .contains("a\uFFFDb");
            assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE aggregate_id = :id")
                            .param("id", id)
                            .query(String.class)
                            .optional())
                    .hasValueSatisfying(summary -> assertThat(summary).contains("a\uFFFDb"));
        });
        assertThat(deadLettersOf(id)).isZero();
    }

    @Test
    void aPoisonEventIsDeadLetteredTheOthersGoOnAndAnAdministratorRetriesOrEvictsIt() throws Exception {
        String poison = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        // clue_view.title holds 200 characters: this event cannot be written to the clue pool
        transactions.executeWithoutResult(s -> eventStore.publish(registered(poison, "长".repeat(300), null)));
        transactions.executeWithoutResult(s -> eventStore.publish(classified(poison, 1)));
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = poison + "-ok-" + i;
            others.add(id);
            transactions.executeWithoutResult(s -> eventStore.publish(registered(id, "正常线索", null)));
        }

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT count(*) FROM clue_view WHERE clue_id IN (:ids)")
                            .param("ids", others)
                            .query(Long.class)
                            .single())
                    .isEqualTo(others.size());
            // the poison event and the one behind it in the same aggregate wait in the queue, in order
            assertThat(deadLettersOf(poison)).isEqualTo(2);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM clue_view WHERE clue_id = :id")
                        .param("id", poison)
                        .query(Long.class)
                        .single())
                .isZero();
        // the other read models took the same events
        await().atMost(WAIT)
                .until(() -> jdbc.sql("SELECT count(*) FROM clue_case_view WHERE clue_id = :id")
                                .param("id", poison)
                                .query(Long.class)
                                .single()
                        == 1);
        await().atMost(WAIT).until(() -> caughtUp(CluePoolProjection.GROUP));
        ProjectionStatus status = operations.status(CluePoolProjection.GROUP);
        assertThat(status.deadLetters()).isGreaterThanOrEqualTo(2);
        assertThat(status.healthy()).isFalse();

        assertThat(rest.withBasicAuth("staff", "demo")
                        .getForEntity("/api/admin/dead-letters", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode letters = json.readTree(rest.withBasicAuth("admin", "demo")
                .getForEntity("/api/admin/dead-letters", String.class)
                .getBody());
        JsonNode sequence = null;
        for (JsonNode l : letters) {
            if (poison.equals(l.get("aggregateId").asText())) {
                sequence = l;
            }
        }
        assertThat(sequence).isNotNull();
        assertThat(sequence.get("group").asText()).isEqualTo(CluePoolProjection.GROUP);
        assertThat(sequence.get("letters").asLong()).isEqualTo(2);
        assertThat(sequence.get("eventType").asText()).isEqualTo("ClueRegistered");
        assertThat(sequence.get("cause").asText()).isNotBlank();
        String base = "/api/admin/dead-letters/" + CluePoolProjection.GROUP + "/"
                + sequence.get("key").asText();

        // the administrators' page lists it in words, with its retry and evict forms; others are refused
        String page = mvc.perform(get("/admin/projections").with(user(accounts.loadUserByUsername("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("数据视图运维", "处理失败的事件", "线索库", poison, "重试", "移出队列")
                .contains("/admin/projections/dead-letters/clue-pool/"
                        + sequence.get("key").asText() + "/retry");
        assertThat(mvc.perform(get("/admin/projections").with(user(accounts.loadUserByUsername("staff"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/").with(user(accounts.loadUserByUsername("staff"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("/admin/projections");
        var pageRetry = mvc.perform(post("/admin/projections/dead-letters/clue-pool/"
                                + sequence.get("key").asText() + "/retry")
                        .with(csrf())
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andReturn()
                .getResponse();
        assertThat(pageRetry.getStatus()).isEqualTo(302);
        assertThat(pageRetry.getRedirectedUrl()).isEqualTo("/admin/projections");

        ResponseEntity<String> retry =
                rest.withBasicAuth("admin", "demo").postForEntity(base + "/retry", null, String.class);
        assertThat(retry.getStatusCode()).as(retry.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(retry.getBody()).get("handled").asBoolean()).isFalse();
        assertThat(deadLettersOf(poison)).isEqualTo(2);

        ResponseEntity<String> evict =
                rest.withBasicAuth("admin", "demo").postForEntity(base + "/evict", null, String.class);
        assertThat(evict.getStatusCode()).as(evict.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(evict.getBody()).get("evicted").asInt()).isEqualTo(2);
        assertThat(deadLettersOf(poison)).isZero();
        assertThat(rest.withBasicAuth("admin", "demo")
                        .postForEntity(base + "/evict", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredWhileTheRestOfTheBatchIsWritten() {
        String poison = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> others = new ArrayList<>();
        // one transaction, so the events reach each processor in one batch; the poison's tracking code is longer
        // than the views' column and its actor longer than the audit log's
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 10; i++) {
                String id = poison + "-ok-" + i;
                others.add(id);
                eventStore.publish(registered(id, "同批正常线索", null));
                if (i == 4) {
                    eventStore.publish(registered(poison, "T".repeat(40), "同批问题线索", null, "a".repeat(100)));
                }
            }
        });

        await().atMost(WAIT).untilAsserted(() -> {
            for (String table : List.of("clue_view", "clue_case_view")) {
                assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE clue_id IN (:ids)")
                                .param("ids", others)
                                .query(Long.class)
                                .single())
                        .as(table)
                        .isEqualTo(others.size());
            }
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE aggregate_id IN (:ids)")
                            .param("ids", others)
                            .query(Long.class)
                            .single())
                    .isEqualTo(others.size());
            assertThat(jdbc.sql("SELECT processing_group FROM dead_letter_entry WHERE aggregate_identifier = :a")
                            .param("a", poison)
                            .query(String.class)
                            .list())
                    .containsExactlyInAnyOrder(
                            CluePoolProjection.GROUP, ClueCaseProjection.GROUP, AuditLogProjection.GROUP);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE aggregate_id = :id")
                        .param("id", poison)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSegmentNobodyWorksOnShowsAsLagAndNotCaughtUp() throws Exception {
        String prefix = "lag-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        await().atMost(WAIT).until(() -> caughtUp(MyWorkProjection.GROUP));
        PooledStreamingEventProcessor processor = processing
                .eventProcessor(MyWorkProjection.GROUP, PooledStreamingEventProcessor.class)
                .orElseThrow();
        // this node lets go of segment 0 and will not claim it again for a while
        processor.releaseSegment(0, 15, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> !processor.processingStatus().containsKey(0));
        for (int i = 0; i < 20; i++) {
            String id = prefix + i;
            transactions.executeWithoutResult(s -> eventStore.publish(registered(id, "等待处理", null)));
        }

        await().atMost(WAIT).untilAsserted(() -> {
            ProjectionStatus status = operations.status(MyWorkProjection.GROUP);
            assertThat(status.unclaimed()).isGreaterThanOrEqualTo(1);
            assertThat(status.lag()).isPositive();
            assertThat(status.caughtUp()).isFalse();
            JsonNode gauge = json.readTree(rest.withBasicAuth("admin", "demo")
                    .getForEntity("/actuator/metrics/tongxin.projections.lag?tag=group:my-work", String.class)
                    .getBody());
            assertThat(gauge.get("measurements").get(0).get("value").asDouble()).isPositive();
        });
        // once the segment is claimed again it catches up, and the figures say so
        await().atMost(WAIT).untilAsserted(() -> {
            ProjectionStatus status = operations.status(MyWorkProjection.GROUP);
            assertThat(status.unclaimed()).isZero();
            assertThat(status.caughtUp()).isTrue();
        });
    }

    @Test
    void anEventTheProcessorsPassedIsFoundAndReprojectedByTheReconciliation() throws Exception {
        String id = "gap-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(s -> eventStore.publish(registered(id, "会被跳过的分类", null)));
        await().atMost(WAIT).until(() -> caughtUp(CluePoolProjection.GROUP) && caughtUp(AuditLogProjection.GROUP));
        // The classification is written behind every token, as an event whose gap Axon stopped watching would be:
        // in the store, and in no read model.
        appendBehindTheTokens(classified(id, 1));
        await().atMost(WAIT).until(() -> caughtUp(CluePoolProjection.GROUP) && caughtUp(AuditLogProjection.GROUP));
        assertThat(clueVersion(id)).isZero();

        assertThat(rest.withBasicAuth("staff", "demo")
                        .postForEntity("/api/admin/reconciliation", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> run =
                rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/reconciliation", null, String.class);
        assertThat(run.getStatusCode()).as(run.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, JsonNode> byGroup = new HashMap<>();
        json.readTree(run.getBody())
                .get("projections")
                .forEach(p -> byGroup.put(p.get("group").asText(), p));
        for (String group : List.of(CluePoolProjection.GROUP, "clue-cases", AuditLogProjection.GROUP)) {
            assertThat(byGroup.get(group).get("mismatches").asLong()).as(group).isGreaterThanOrEqualTo(1);
            assertThat(byGroup.get(group).get("repaired").asLong()).as(group).isGreaterThanOrEqualTo(1);
        }
        JsonNode gauge = json.readTree(rest.withBasicAuth("admin", "demo")
                .getForEntity(
                        "/actuator/metrics/tongxin.projections.reconciliation.mismatches?tag=projection:clue-pool",
                        String.class)
                .getBody());
        assertThat(gauge.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);

        assertThat(clueVersion(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT category FROM clue_view WHERE clue_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("交通出行");
        assertThat(jdbc.sql("SELECT (doc->>'version')::bigint FROM clue_case_view WHERE clue_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE aggregate_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        JsonNode again = json.readTree(rest.withBasicAuth("admin", "demo")
                .postForEntity("/api/admin/reconciliation", null, String.class)
                .getBody());
        again.get("projections")
                .forEach(p -> assertThat(p.get("examples").toString()).doesNotContain(id));
    }

    private void appendBehindTheTokens(GenericDomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        SerializedObject<byte[]> meta = serializer.serialize(MetaData.emptyInstance(), byte[].class);
        long lowest = jdbc.sql("SELECT min(global_index) FROM domain_event_entry")
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                                event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                        VALUES (:index, :aggregate, :sequence, :type, :id, :meta, :payload, :revision, :payloadType,
                                :time)
                        """)
                .param("index", lowest - 1)
                .param("aggregate", event.getAggregateIdentifier())
                .param("sequence", event.getSequenceNumber())
                .param("type", event.getType())
                .param("id", event.getIdentifier())
                .param("meta", meta.getData())
                .param("payload", payload.getData())
                .param("revision", payload.getType().getRevision())
                .param("payloadType", payload.getType().getName())
                .param("time", event.getTimestamp().toString())
                .update();
    }

    private long clueVersion(String id) {
        return jdbc.sql("SELECT version FROM clue_view WHERE clue_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private boolean caughtUp(String group) {
        ProjectionStatus s = operations.status(group);
        return s.caughtUp() && !s.replaying();
    }

    private long auditRows(String prefix) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE aggregate_id LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    private List<Map<String, Object>> auditOf(String prefix) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE aggregate_id LIKE :p ORDER BY global_index")
                .param("p", prefix + "%")
                .query()
                .listOfRows();
    }

    private Map<String, Object> taskRow(String task) {
        return jdbc.sql("SELECT * FROM completed_task WHERE task_id = :t")
                .param("t", task)
                .query()
                .singleRow();
    }

    private long deadLettersOf(String aggregate) {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE aggregate_identifier = :a")
                .param("a", aggregate)
                .query(Long.class)
                .single();
    }

    private static GenericDomainEventMessage<ClueRegistered> registered(String id, String title, String taskId) {
        return registered(id, "IT" + Integer.toString(Math.abs(id.hashCode()), 36), title, taskId, "staff");
    }

    private static GenericDomainEventMessage<ClueRegistered> registered(
            String id, String trackingCode, String title, String taskId, String actor) {
        Map<String, Object> meta = new HashMap<>();
        meta.put("actorId", actor);
        meta.put("actorRole", Role.STAFF.name());
        if (taskId != null) {
            meta.put("taskId", taskId);
            meta.put("taskKey", "Task_RegisterClue");
        }
        return new GenericDomainEventMessage<>(
                "Clue",
                id,
                0,
                new ClueRegistered(
                        new ClueId(id),
                        trackingCode,
                        title,
                        "直接写入事件库的线索。",
                        ClueSource.HOTLINE_DATA,
                        new Location("龙岗区", "龙城街道"),
                        Attribution.none(),
                        new Submitter("测试", "13700000000", true),
                        ActorRef.citizen(),
                        Instant.now()),
                meta);
    }

    private static GenericDomainEventMessage<ClueClassified> classified(String id, long sequence) {
        return new GenericDomainEventMessage<>(
                "Clue",
                id,
                sequence,
                new ClueClassified(
                        new ClueId(id),
                        "交通出行",
                        null,
                        ClueRoute.PUBLISH_FOR_ADOPTION,
                        null,
                        null,
                        null,
                        ActorRef.of("staff", Role.STAFF),
                        Instant.now()),
                MetaData.with("actorId", "staff"));
    }
}
