package org.tongxin.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import db.migration.infra.V2026_12_02_82__SealSubmitters;
import db.migration.infra.V2026_12_03_70__SealOpinionGivers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.consultation.OpinionSubmitted;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.shared.ActorRef;

/**
 * Today's clear-text registrations and public opinions are sealed by the one-time Flyway migrations without losing a
 * field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SealingMigrationIT {

    private static final String TYPE = ClueRegistered.class.getName();
    private static final String OPINION = OpinionSubmitted.class.getName();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventStore events;

    @Autowired
    CommandGateway commands;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aClearTextRegistrationOfRevisionOneIsSealedWithoutLosingAField() throws Exception {
        String id = "legacy-" + UUID.randomUUID();
        String revisionOne =
                """
                {"clueId":{"value":"%s"},"trackingCode":"TX-LEGACY%s","title":"老城区停车难",
                 "content":"老城区夜间停车位不足，居民希望开放学校操场夜间停车。","source":"CITIZEN_IDEA",
                 "location":{"district":"城关区","street":"东关街道"},
                 "attribution":{"member":null,"workstation":null,"sector":null},
                 "submitter":{"name":"司马光明","phone":"13711112222","consented":true},
                 "registeredBy":{"userId":"public","role":"CITIZEN","department":null},
                 "registeredAt":"2025-03-02T02:00:00Z"}
                """
                        .formatted(id, id.substring(7, 15).toUpperCase());

        int sealed = transaction.execute(status -> {
            insertRevisionOne(id, revisionOne);
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return V2026_12_02_82__SealSubmitters.seal(connection, Instant.parse("2026-12-02T00:00:00Z"));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(sealed).isGreaterThanOrEqualTo(1);
        String stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                        + " WHERE aggregate_identifier = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("司马光明").doesNotContain("13711112222").contains("\"sealed\"");
        assertThat(jdbc.sql("SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("2");

        ClueRegistered read = (ClueRegistered)
                events.readEvents(id).asStream().findFirst().orElseThrow().getPayload();
        assertThat(read)
                .isEqualTo(new ClueRegistered(
                        new ClueId(id),
                        "TX-LEGACY" + id.substring(7, 15).toUpperCase(),
                        "老城区停车难",
                        "老城区夜间停车位不足，居民希望开放学校操场夜间停车。",
                        ClueSource.CITIZEN_IDEA,
                        new Location("城关区", "东关街道"),
                        new Attribution(null, null, null),
                        new Submitter("司马光明", "13711112222", true),
                        ActorRef.citizen(),
                        Instant.parse("2025-03-02T02:00:00Z")));

        int again = transaction.execute(status -> {
            try {
                return V2026_12_02_82__SealSubmitters.seal(
                        DataSourceUtils.getConnection(dataSource), Instant.parse("2026-12-02T00:00:00Z"));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(again).as("a sealed row is not sealed twice").isZero();
    }

    @Test
    void aClearTextOpinionOfRevisionOneIsSealedAndOneTheChainCoversIsLeftAsWritten() throws Exception {
        String topic = "legacy-topic-" + UUID.randomUUID();
        String revisionOne =
                """
                {"topicId":{"value":"%s"},"number":1,"trackingCode":"YJ-LEGACY1","text":"建议延长图书馆开放时间。",
                 "name":"诸葛明月","phone":"13722223333","consented":true,
                 "submittedBy":{"userId":"public","role":"CITIZEN","department":null},
                 "submittedAt":"2025-05-02T02:00:00Z"}
                """
                        .formatted(topic);

        V2026_12_03_70__SealOpinionGivers.Outcome outcome = transaction.execute(status -> {
            insert(topic, 0, "ConsultationTopic", OPINION, revisionOne);
            return sealOpinions();
        });

        assertThat(outcome.sealed()).isGreaterThanOrEqualTo(1);
        String stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                        + " WHERE aggregate_identifier = :id")
                .param("id", topic)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("诸葛明月").doesNotContain("13722223333").contains("\"sealed\"");
        OpinionSubmitted read = (OpinionSubmitted)
                events.readEvents(topic).asStream().findFirst().orElseThrow().getPayload();
        assertThat(read)
                .isEqualTo(new OpinionSubmitted(
                        new TopicId(topic),
                        1,
                        "YJ-LEGACY1",
                        "建议延长图书馆开放时间。",
                        new Submitter("诸葛明月", "13722223333", true),
                        ActorRef.citizen(),
                        Instant.parse("2025-05-02T02:00:00Z")));
        assertThat(transaction.execute(status -> sealOpinions()).sealed())
                .as("a sealed row is not sealed twice")
                .isZero();

        // a row the chain already covers keeps its bytes (and so its digest); it reads through the upcaster
        String chained = "legacy-topic-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            insert(chained, 0, "ConsultationTopic", OPINION, revisionOne.replace(topic, chained));
            long position = jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = :id")
                    .param("id", chained)
                    .query(Long.class)
                    .single();
            jdbc.sql("INSERT INTO event_seal (global_index, event_identifier, algorithm, digest)"
                            + " VALUES (:index, 'covered', 'SM3', :digest)")
                    .param("index", position)
                    .param("digest", new byte[32])
                    .update();
            V2026_12_03_70__SealOpinionGivers.Outcome covered = sealOpinions();
            assertThat(covered.chained()).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.sql("SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier = :id")
                            .param("id", chained)
                            .query(String.class)
                            .single())
                    .isEqualTo("1");
            OpinionSubmitted clear = (OpinionSubmitted) events.readEvents(chained)
                    .asStream()
                    .findFirst()
                    .orElseThrow()
                    .getPayload();
            assertThat(clear.giver()).isEqualTo(new Submitter("诸葛明月", "13722223333", true));
            // the seal above is not a real one: nothing of this case stays behind
            status.setRollbackOnly();
        });
    }

    private V2026_12_03_70__SealOpinionGivers.Outcome sealOpinions() {
        try {
            return V2026_12_03_70__SealOpinionGivers.seal(
                    DataSourceUtils.getConnection(dataSource), Instant.parse("2026-12-03T00:00:00Z"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(String aggregate, long sequence, String aggregateType, String payloadType, String payload) {
        jdbc.sql(
                        """
                        INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type,
                                event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                        VALUES (:aggregate, :sequence, :aggregateType, :eventId, :meta, :payload, '1', :type, :time)
                        """)
                .param("aggregate", aggregate)
                .param("sequence", sequence)
                .param("aggregateType", aggregateType)
                .param("eventId", UUID.randomUUID().toString())
                .param("meta", "{}".getBytes(StandardCharsets.UTF_8))
                .param("payload", payload.getBytes(StandardCharsets.UTF_8))
                .param("type", payloadType)
                .param("time", "2025-05-02T02:00:00Z")
                .update();
    }

    private void insertRevisionOne(String id, String payload) {
        jdbc.sql(
                        """
                        INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type,
                                event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                        VALUES (:aggregate, 0, 'Clue', :eventId, :meta, :payload, '1', :type, :time)
                        """)
                .param("aggregate", id)
                .param("eventId", UUID.randomUUID().toString())
                .param("meta", "{}".getBytes(StandardCharsets.UTF_8))
                .param("payload", payload.getBytes(StandardCharsets.UTF_8))
                .param("type", TYPE)
                .param("time", "2025-03-02T02:00:00Z")
                .update();
    }
}
