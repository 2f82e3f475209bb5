package org.tongxin.infra.readside;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
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
import org.tongxin.projections.ops.ProjectionOperations;
import org.tongxin.projections.ops.ProjectionStatus;

/**
 * A measuring program, not a test: it asserts nothing and runs only when asked, with
 * {@code -Dtongxin.measure.replay-events=N} (e.g. 200000). It appends N events in bulk (clues registered and
 * classified, as the clue aggregate writes them) with every projection stopped, then replays each projection
 * alone through {@link ProjectionOperations#replay}, the others stopped, and prints how many events of the store it passed per second. A
 * projection passes every event of the store, whether it handles it or not, so the figure is the store's size over the
 * time to catch up. {@code -Dtongxin.measure.replay-groups=audit-log,clue-pool} limits the projections measured.
 */
@SpringBootTest
@ActiveProfiles("test")
// it stops the projections it does not measure; no other test may get that context
@DirtiesContext
@EnabledIfSystemProperty(named = "tongxin.measure.replay-events", matches = "\\d+")
class ReplaySpeedIT {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProjectionOperations operations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void measureReplayPerProjection() {
        int wanted = Integer.getInteger("tongxin.measure.replay-events");
        // the projections not being measured stay stopped, so they neither slow the seeding nor share the cores
        ProjectionOperations.GROUPS.forEach(group -> processing
                .eventProcessor(group, PooledStreamingEventProcessor.class)
                .orElseThrow()
                .shutDown());
        Instant seeding = Instant.now();
        appendClues(wanted / 2);
        long events = jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        System.out.printf(
                "REPLAY SPEED seeded %d events in %d ms%n",
                events, Duration.between(seeding, Instant.now()).toMillis());
        String only = System.getProperty("tongxin.measure.replay-groups", "");
        List<String> groups = only.isBlank() ? ProjectionOperations.GROUPS : List.of(only.split(","));
        Map<String, Long> perSecond = new LinkedHashMap<>();
        for (String group : groups) {
            Instant started = Instant.now();
            operations.replay(group);
            await(group + " replayed")
                    .atMost(Duration.ofMinutes(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> done(operations.status(group)));
            long millis = Math.max(1, Duration.between(started, Instant.now()).toMillis());
            perSecond.put(group, events * 1000 / millis);
            System.out.printf(
                    "REPLAY SPEED %-16s %d events in %6d ms: %7d events/s%n",
                    group, events, millis, events * 1000 / millis);
        }
        System.out.println("REPLAY SPEED " + perSecond);
    }

    private static boolean done(ProjectionStatus status) {
        return status.caughtUp() && !status.replaying();
    }

    /**
     * Registers and classifies {@code count} clues by writing their events straight into the event store's table, two
     * thousand rows per transaction, serialized as the aggregate's events are. Going round the event bus keeps the
     * process bridge from starting a process per clue, which is not what is measured here.
     */
    private void appendClues(int count) {
        Instant now = Instant.now();
        String at = now.toString();
        byte[] metaData = eventSerializer
                .serialize(MetaData.emptyInstance(), byte[].class)
                .getData();
        ActorRef staff = ActorRef.of("staff", Role.STAFF);
        for (int from = 0; from < count; from += 1000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 1000); i++) {
                String id = "measured-" + now.toEpochMilli() + "-" + i;
                ClueId clue = new ClueId(id);
                rows.add(row(
                        id,
                        0,
                        new ClueRegistered(
                                clue,
                                "MS" + Long.toString(now.toEpochMilli() % 100000, 36) + "-" + i,
                                "路灯不亮第" + i + "处",
                                "夜间道路照明不足，居民出行不便，请尽快修复路灯。",
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
