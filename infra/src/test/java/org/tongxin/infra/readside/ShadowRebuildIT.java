package org.tongxin.infra.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.tongxin.projections.activity.MemberActivityProjection;
import org.tongxin.projections.audit.AuditLogProjection;
import org.tongxin.projections.clue.CluePoolProjection;
import org.tongxin.projections.ops.ProjectionOperations;
import org.tongxin.projections.ops.ProjectionStatus;
import org.tongxin.projections.similar.SimilarityProjection;

/**
 * A replay rebuilds the clue pool, the audit log, similarity and member activity beside their live tables: a reader looking at them all through the
 * rebuild always sees every row they held, the rebuilt tables replace them whole, with the same index names, and an
 * event written while the rebuild runs is in them after the switch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ShadowRebuildIT {

    private static final int CLUES = 2000;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectionOperations operations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void readersNeverSeeAHalfBuiltViewWhileItIsRebuiltAndSwitched() {
        String prefix = "shadow-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        appendClues(prefix, 0, CLUES);
        await().atMost(Duration.ofMinutes(5)).until(() -> clues(prefix) == CLUES && audited(prefix) == 2L * CLUES);
        List<String> before = rows("clue_view", prefix);
        List<String> indexes = indexNames("clue_view");
        long auditRows =
                jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();

        for (String group : List.of(CluePoolProjection.GROUP, AuditLogProjection.GROUP)) {
            ResponseEntity<String> replay = rest.withBasicAuth("admin", "demo")
                    .postForEntity("/api/admin/projections/" + group + "/replay", null, String.class);
            assertThat(replay.getStatusCode()).as(replay.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        }
        // one more clue while the rebuild runs: it must be in the view once the rebuild is switched in
        appendClues(prefix, CLUES, 1);

        AtomicLong fewestClues = new AtomicLong(Long.MAX_VALUE);
        AtomicLong fewestAuditRows = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean seenRebuilding = new AtomicBoolean();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    ProjectionStatus pool = operations.status(CluePoolProjection.GROUP);
                    ProjectionStatus audit = operations.status(AuditLogProjection.GROUP);
                    if (pool.replaying() || audit.replaying()) {
                        seenRebuilding.set(true);
                    }
                    fewestClues.accumulateAndGet(clues(prefix), Math::min);
                    fewestAuditRows.accumulateAndGet(
                            jdbc.sql("SELECT count(*) FROM audit_entry")
                                    .query(Long.class)
                                    .single(),
                            Math::min);
                    return !pool.replaying() && pool.caughtUp() && !audit.replaying() && audit.caughtUp();
                });

        assertThat(seenRebuilding).as("the rebuild was watched while under way").isTrue();
        assertThat(fewestClues.get()).as("clues a reader saw at the least").isGreaterThanOrEqualTo(CLUES);
        assertThat(fewestAuditRows.get())
                .as("audit rows a reader saw at the least")
                .isGreaterThanOrEqualTo(auditRows);
        await().atMost(Duration.ofSeconds(30)).until(() -> clues(prefix) == CLUES + 1);
        assertThat(rows("clue_view", prefix).subList(0, CLUES)).isEqualTo(before);
        assertThat(audited(prefix)).isEqualTo(2L * (CLUES + 1));
        assertThat(indexNames("clue_view")).isEqualTo(indexes);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'")
                        .query(Long.class)
                        .single())
                .as("shadow schemas left behind")
                .isZero();
        Map<String, Object> status = rest.withBasicAuth("admin", "demo")
                .getForObject("/api/admin/projections/" + CluePoolProjection.GROUP, Map.class);
        assertThat(status.get("replaying")).isEqualTo(false);
    }

    @Test
    void similarityAndMemberActivityAreRebuiltBesideTheirLiveTablesKeepingTheirItemCountAndForeignKey() {
        String prefix = "twins-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        int count = 500;
        appendClues(prefix, 0, count);
        await().atMost(Duration.ofMinutes(5))
                .until(() -> count("similarity_item", "item_id", prefix) == count
                        && count("member_activity_source", "source_id", prefix) == count);
        List<String> items = jdbc.sql("SELECT t::text FROM similarity_item t WHERE item_id LIKE :p ORDER BY item_id")
                .param("p", prefix + "%")
                .query(String.class)
                .list();
        long corpus = corpus();
        List<String> foreignKeys = foreignKeys("member_activity");
        assertThat(foreignKeys).isNotEmpty();

        for (String group : List.of(SimilarityProjection.GROUP, MemberActivityProjection.GROUP)) {
            ResponseEntity<String> replay = rest.withBasicAuth("admin", "demo")
                    .postForEntity("/api/admin/projections/" + group + "/replay", null, String.class);
            assertThat(replay.getStatusCode()).as(replay.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        }
        appendClues(prefix, count, 1);

        AtomicLong fewestItems = new AtomicLong(Long.MAX_VALUE);
        AtomicLong fewestSources = new AtomicLong(Long.MAX_VALUE);
        AtomicLong smallestCorpus = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean seenRebuilding = new AtomicBoolean();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    ProjectionStatus similarity = operations.status(SimilarityProjection.GROUP);
                    ProjectionStatus activity = operations.status(MemberActivityProjection.GROUP);
                    if (similarity.replaying() || activity.replaying()) {
                        seenRebuilding.set(true);
                    }
                    for (ProjectionStatus s : List.of(similarity, activity)) {
                        assertThat(!s.replaying() || s.besideLiveTables())
                                .as(s.group() + " rebuilt beside its live tables")
                                .isTrue();
                    }
                    fewestItems.accumulateAndGet(count("similarity_item", "item_id", prefix), Math::min);
                    fewestSources.accumulateAndGet(count("member_activity_source", "source_id", prefix), Math::min);
                    smallestCorpus.accumulateAndGet(corpus(), Math::min);
                    return !similarity.replaying()
                            && similarity.caughtUp()
                            && !activity.replaying()
                            && activity.caughtUp();
                });

        assertThat(seenRebuilding).as("the rebuild was watched while under way").isTrue();
        assertThat(fewestItems.get())
                .as("similarity items a reader saw at the least")
                .isGreaterThanOrEqualTo(count);
        assertThat(fewestSources.get())
                .as("member activity sources a reader saw at the least")
                .isGreaterThanOrEqualTo(count);
        assertThat(smallestCorpus.get())
                .as("the item count a reader saw at the least")
                .isGreaterThanOrEqualTo(corpus);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("similarity_item", "item_id", prefix) == count + 1
                        && count("member_activity_source", "source_id", prefix) == count + 1);
        assertThat(jdbc.sql("SELECT t::text FROM similarity_item t WHERE item_id LIKE :p ORDER BY item_id")
                        .param("p", prefix + "%")
                        .query(String.class)
                        .list()
                        .subList(0, count))
                .isEqualTo(items);
        assertThat(corpus()).isEqualTo(corpus + 1);
        assertThat(foreignKeys("member_activity")).isEqualTo(foreignKeys);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'")
                        .query(Long.class)
                        .single())
                .as("shadow schemas left behind")
                .isZero();
    }

    private long count(String table, String column, String prefix) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    private long corpus() {
        return jdbc.sql("SELECT items FROM similarity_corpus").query(Long.class).single();
    }

    /** The foreign keys of a live table, each with what it refers to. */
    private List<String> foreignKeys(String table) {
        return jdbc.sql(
                        """
                        SELECT c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c
                          JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                         WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = :t ORDER BY 1
                        """)
                .param("t", table)
                .query(String.class)
                .list();
    }

    @Test
    void aRebuildInterruptedGoesOnWhereItStoodAndThePageSaysInWordsThatTheOldDataIsShown() throws Exception {
        String prefix = "paused-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        appendClues(prefix, 0, 500);
        await().atMost(Duration.ofMinutes(5)).until(() -> clues(prefix) == 500);
        PooledStreamingEventProcessor pool = processing
                .eventProcessor(CluePoolProjection.GROUP, PooledStreamingEventProcessor.class)
                .orElseThrow();

        operations.replay(CluePoolProjection.GROUP);
        // stopped at once, long before it can reach the head; stopped, it cannot get there or be switched
        pool.shutDown();
        try {
            ProjectionStatus stopped = operations.status(CluePoolProjection.GROUP);
            assertThat(stopped.replaying()).isTrue();
            assertThat(stopped.besideLiveTables()).isTrue();
            operations.switchRebuilt();
            assertThat(clues(prefix)).isEqualTo(500);
            String page = mvc.perform(get("/admin/projections").with(user(accounts.loadUserByUsername("admin"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("后台重建中", "重建完成前页面照常显示原有数据");
        } finally {
            pool.start();
        }
        await().atMost(Duration.ofMinutes(5))
                .until(() -> !operations.status(CluePoolProjection.GROUP).replaying());
        assertThat(clues(prefix)).isEqualTo(500);
        assertThat(rows("clue_view", prefix)).hasSize(500);
    }

    private long clues(String prefix) {
        return jdbc.sql("SELECT count(*) FROM clue_view WHERE clue_id LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    private long audited(String prefix) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE aggregate_id LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    private List<String> rows(String table, String prefix) {
        return jdbc.sql("SELECT t::text FROM " + table + " t WHERE clue_id LIKE :p ORDER BY clue_id")
                .param("p", prefix + "%")
                .query(String.class)
                .list();
    }

    private List<String> indexNames(String table) {
        return jdbc.sql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = :t"
                        + " ORDER BY indexname")
                .param("t", table)
                .query(String.class)
                .list();
    }

    /**
     * Writes clues registered and classified straight into the event store's table, as the clue aggregate's events are
     * serialized, a thousand per transaction. Going round the event bus would start a triage process per clue.
     */
    private void appendClues(String prefix, int from, int count) {
        Instant now = Instant.now();
        String at = now.toString();
        byte[] metaData = eventSerializer
                .serialize(MetaData.emptyInstance(), byte[].class)
                .getData();
        ActorRef staff = ActorRef.of("staff", Role.STAFF);
        for (int start = from; start < from + count; start += 1000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = start; i < Math.min(from + count, start + 1000); i++) {
                String id = prefix + String.format("%05d", i);
                ClueId clue = new ClueId(id);
                rows.add(row(
                        id,
                        0,
                        new ClueRegistered(
                                clue,
                                "SH" + prefix.substring(7, 15) + i,
                                "影子重建线索 " + i,
                                "重建期间读者看到的线索不应减少。",
                                ClueSource.HOTLINE_DATA,
                                new Location("龙岗区", "龙城街道"),
                                Attribution.none(),
                                new Submitter("测试", "13700000000", true),
                                ActorRef.citizen(),
                                now),
                        metaData,
                        at));
                rows.add(row(
                        id,
                        1,
                        new ClueClassified(
                                clue, "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, staff, now),
                        metaData,
                        at));
            }
            transactions.executeWithoutResult(s -> jdbcTemplate.batchUpdate(
                    """
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                    meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, ?, 'Clue', ?, ?, ?, ?, ?, ?)
                    """,
                    rows));
        }
    }

    private Object[] row(String aggregate, long sequence, Object payload, byte[] metaData, String at) {
        SerializedObject<byte[]> serialized = eventSerializer.serialize(payload, byte[].class);
        return new Object[] {
            aggregate,
            sequence,
            UUID.randomUUID().toString(),
            metaData,
            serialized.getData(),
            serialized.getType().getRevision(),
            serialized.getType().getName(),
            at
        };
    }
}
