package org.tongxin.infra.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.tongxin.engine.report.AdoptOpinionReport;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.report.RecordLeaderInstruction;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.report.SubmitOpinionReport;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.projections.ops.ProjectionOperations;

/**
 * Every read model rebuilt from the event store alone comes out identical, row for row, and the replay endpoint is for
 * administrators only. With {@code -Dtongxin.replay.extra-clues=N} the store first gets N synthetic clues (two events
 * each) and the replay's throughput is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProjectionReplayIT {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayIT.class);

    /** Each table with the key that orders it. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("clue_view", "clue_id");
        TABLES.put("clue_merge", "clue_id, merged_clue_id");
        TABLES.put("clue_case_view", "clue_id");
        TABLES.put("proposal_view", "proposal_id");
        TABLES.put("handling_view", "handling_id");
        TABLES.put("handling_report", "report_id");
        TABLES.put("handling_instruction", "handling_id");
        TABLES.put("audit_entry", "global_index");
        TABLES.put("completed_task", "task_id");
        TABLES.put("similarity_item", "kind, item_id");
        TABLES.put("similarity_term", "term");
        TABLES.put("similarity_corpus", "id");
        TABLES.put("member_activity_source", "source_id");
        TABLES.put("member_activity", "source_id, member, kind, activity_key");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionOperations operations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper json;

    @Test
    void replayingEveryProjectionFromScratchGivesIdenticalTables() throws Exception {
        new CaseScenario(commands).untilReceived().untilClosed();
        new CaseScenario(commands).untilReceived();
        new CaseScenario(commands).untilReceived().returnRequested();
        String report = instructionTransferredToTwoDepartments();
        appendSyntheticClues(Integer.getInteger("tongxin.replay.extra-clues", 0));
        await().atMost(Duration.ofSeconds(120)).until(this::allCaughtUp);
        Map<String, List<Map<String, Object>>> before = dump();
        assertThat(before.get("handling_view")).isNotEmpty();
        assertThat(before.get("handling_instruction"))
                .filteredOn(row -> report.equals(row.get("report_id")))
                .hasSize(2);
        assertThat(before.get("audit_entry")).isNotEmpty();

        assertThat(rest.withBasicAuth("staff", "demo")
                        .postForEntity("/api/admin/projections/proposals/replay", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "demo")
                        .postForEntity("/api/admin/projections/nonsense/replay", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        long events = jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        Instant started = Instant.now();
        for (String group : ProjectionOperations.GROUPS) {
            ResponseEntity<String> replay = rest.withBasicAuth("admin", "demo")
                    .postForEntity("/api/admin/projections/" + group + "/replay", null, String.class);
            assertThat(replay.getStatusCode()).as(replay.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        }
        await().atMost(Duration.ofSeconds(600))
                .untilAsserted(() -> assertThat(operations.statuses()).allMatch(s -> s.caughtUp() && !s.replaying()));
        Duration took = Duration.between(started, Instant.now());
        log.info(
                "Replayed {} events into each of {} projections at once in {} ms: {} events/s per projection",
                events,
                ProjectionOperations.GROUPS.size(),
                took.toMillis(),
                events * 1000 / Math.max(1, took.toMillis()));

        Map<String, List<Map<String, Object>>> after = dump();
        for (String table : TABLES.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }

        JsonNode status = json.readTree(rest.withBasicAuth("admin", "demo")
                .getForEntity("/api/admin/projections/handlings", String.class)
                .getBody());
        assertThat(status.get("replaying").asBoolean()).isFalse();
        assertThat(status.get("lag").asLong()).isZero();
        JsonNode lag = json.readTree(rest.withBasicAuth("admin", "demo")
                .getForEntity("/actuator/metrics/tongxin.projections.lag?tag=group:audit-log", String.class)
                .getBody());
        assertThat(lag.get("measurements").get(0).get("value").asDouble()).isZero();
    }

    private boolean allCaughtUp() {
        return operations.statuses().stream().allMatch(s -> s.caughtUp() && !s.replaying());
    }

    private Map<String, List<Map<String, Object>>> dump() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        TABLES.forEach((table, key) -> tables.put(
                table,
                jdbc.sql("SELECT * FROM " + table + " ORDER BY " + key).query().listOfRows().stream()
                        .map(ProjectionReplayIT::comparable)
                        .toList()));
        return tables;
    }

    /** A row whose array columns are lists, since a driver's array objects are equal only to themselves. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            try {
                values.put(
                        column, value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("column " + column, e);
            }
        });
        return values;
    }

    /** Appends clues straight to the event store, a thousand per transaction, as if registered and classified. */
    private void appendSyntheticClues(int count) {
        Instant now = Instant.now();
        for (int from = 0; from < count; from += 1000) {
            List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 1000); i++) {
                String id = "synthetic-" + now.toEpochMilli() + "-" + i;
                ClueId clue = new ClueId(id);
                batch.add(new GenericDomainEventMessage<>(
                        "Clue",
                        id,
                        0,
                        new ClueRegistered(
                                clue,
                                "SY" + Long.toString(now.toEpochMilli() % 100000, 36) + "-" + i,
                                "合成线索 " + i,
                                "用于测量重放速度的合成线索内容。",
                                ClueSource.HOTLINE_DATA,
                                new Location("龙岗区", "龙城街道"),
                                Attribution.none(),
                                new Submitter("测试", "13700000000", true),
                                ActorRef.citizen(),
                                now)));
                batch.add(new GenericDomainEventMessage<>(
                        "Clue",
                        id,
                        1,
                        new ClueClassified(
                                clue,
                                "交通出行",
                                null,
                                ClueRoute.PUBLISH_FOR_ADOPTION,
                                null,
                                null,
                                null,
                                ActorRef.of("staff", org.tongxin.engine.shared.Role.STAFF),
                                now)));
            }
            transactions.executeWithoutResult(s -> eventStore.publish(batch));
        }
    }

    /** A second kind of handling, so the replay covers the instruction's handlings and what they are about. */
    private String instructionTransferredToTwoDepartments() {
        ReportId report = ReportId.random();
        ActorRef member = ActorRef.of("member", Role.MEMBER);
        ActorRef staff = ActorRef.of("staff", Role.STAFF);
        commands.sendAndWait(new DraftOpinionReport(report, "学校周边交通拥堵", "上下学时段校门口拥堵。", List.of(), member));
        commands.sendAndWait(new SubmitOpinionReport(report, member));
        commands.sendAndWait(new AdoptOpinionReport(report, ReportLevel.CITY, staff));
        commands.sendAndWait(new RecordLeaderInstruction(
                report,
                "区长",
                "请交通、教育部门研究。",
                List.of(new DepartmentCode("transport"), new DepartmentCode("education")),
                staff));
        return report.value();
    }
}
