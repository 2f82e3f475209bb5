package org.tongxin.infra.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.camunda.bpm.engine.RuntimeService;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.clue.ClueTriageProcess;
import org.tongxin.projections.ops.ProjectionOperations;

/**
 * Builds volumes quickly and the same way every time, for the benchmarks and any test that needs a full database;
 * with {@link ReadModelVolumes} the harness's one seeding tool.
 *
 * <p>Clues are written as the Clue aggregate writes them: each a {@link ClueRegistered} serialized by the
 * application's own event serializer, with the aggregate type and metadata of a clue registered through the real
 * intake (the template), sequence number 0 and the global index from the table's own sequence, so Axon loads the
 * aggregates and every projection replays them like any other event. They go in with PostgreSQL's COPY, with their
 * tracking codes, while the projections are stopped; then {@link ReadModelVolumes#seeded} writes in bulk what the
 * clue-pool, similarity and audit-log projections write for them, and every projection's token is moved past them,
 * as if each had folded them (a replay rebuilds the same rows from the events, and is measured on its own).
 *
 * <p>Open tasks are the clue triage the process bridge would have started for such a clue, started in batches of
 * one transaction each: every task is a real one that completes through the real path, and the task listener fills
 * the inbox as it does for any task.
 */
public final class Seeder {

    /** Bench clue {@code i}'s id is this and {@code i}; its tracking code {@link #CODE_PREFIX} and {@code i}. */
    static final String ID_PREFIX = "bench-clue-";

    static final String CODE_PREFIX = "TX-B";

    /** Bench clue {@code i} is registered {@code i} seconds after this. */
    static final String FIRST_REGISTERED = "2026-11-02 01:00:00+00";

    private static final Instant REGISTERED = Instant.parse("2026-11-02T01:00:00Z");
    private static final List<ClueSource> SOURCES = List.of(
            ClueSource.CITIZEN_IDEA, ClueSource.MEMBER_RESEARCH, ClueSource.CONSTITUENTS, ClueSource.HOTLINE_DATA);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Serializer eventSerializer;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactions;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;

    public Seeder(
            DataSource dataSource,
            Serializer eventSerializer,
            RuntimeService runtimeService,
            TransactionTemplate transactions,
            EventProcessingConfiguration processing,
            TokenStore tokenStore) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.eventSerializer = eventSerializer;
        this.runtimeService = runtimeService;
        this.transactions = transactions;
        this.processing = processing;
        this.tokenStore = tokenStore;
    }

    /**
     * What a run of the seeder wrote and how long each part took: the events (COPY), the views in bulk, and the
     * bench numbers {@code first}..{@code last} of its clues.
     */
    public record Seeded(List<String> clueIds, long first, long last, Duration took, Duration views) {

        public double perSecond() {
            return clueIds.size() / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    /**
     * Appends {@code count} registered clues in bulk, {@code batch} rows per COPY, with the projections stopped; then
     * writes their views in bulk and moves every projection's token past them. Needs one clue registered through the
     * real intake first (its row is the template for the aggregate type and metadata), and its views folded.
     */
    public Seeded clues(int count, int batch) throws Exception {
        Template template = template();
        List<String> groups = ProjectionOperations.GROUPS;
        groups.forEach(group -> processor(group).shutDown());
        try {
            long start = System.nanoTime();
            List<String> ids = new ArrayList<>(count);
            HexFormat hex = HexFormat.of();
            String metaData = "\\\\x" + hex.formatHex(template.metaData());
            try (Connection connection = dataSource.getConnection()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                for (int from = 0; from < count; from += batch) {
                    StringBuilder events = new StringBuilder();
                    StringBuilder codes = new StringBuilder();
                    for (int n = from; n < Math.min(count, from + batch); n++) {
                        ClueRegistered event = clue(template.offset() + n + 1);
                        SerializedObject<byte[]> payload = eventSerializer.serialize(event, byte[].class);
                        events.append(event.clueId().value())
                                .append("\t0\t")
                                .append(template.aggregateType())
                                .append('\t')
                                .append(UUID.randomUUID())
                                .append('\t')
                                .append(metaData)
                                .append("\t\\\\x")
                                .append(hex.formatHex(payload.getData()))
                                .append('\t')
                                .append(
                                        payload.getType().getRevision() == null
                                                ? "\\N"
                                                : payload.getType().getRevision())
                                .append('\t')
                                .append(payload.getType().getName())
                                .append('\t')
                                .append(event.registeredAt())
                                .append('\n');
                        codes.append(event.trackingCode())
                                .append('\t')
                                .append(event.clueId().value())
                                .append('\n');
                        ids.add(event.clueId().value());
                    }
                    pg.getCopyAPI()
                            .copyIn(
                                    "COPY domain_event_entry (aggregate_identifier, sequence_number, type,"
                                            + " event_identifier, meta_data, payload, payload_revision, payload_type,"
                                            + " time_stamp) FROM STDIN",
                                    new StringReader(events.toString()));
                    pg.getCopyAPI()
                            .copyIn(
                                    "COPY tracking_code (code, clue_id) FROM STDIN",
                                    new StringReader(codes.toString()));
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            long first = template.offset() + 1;
            long last = template.offset() + count;
            long viewsStart = System.nanoTime();
            // without the application's statement timeout: a volume goes in as a few long statements
            new ReadModelVolumes(JdbcClient.create(dataSource)).seeded(first, last);
            long head = jdbc.sql("SELECT max(global_index) FROM domain_event_entry")
                    .query(Long.class)
                    .single();
            groups.forEach(group -> foldedUpTo(group, head));
            return new Seeded(ids, first, last, took, Duration.ofNanos(System.nanoTime() - viewsStart));
        } finally {
            groups.forEach(group -> processor(group).start());
        }
    }

    /** Every segment of the group's (stopped) processor as if it had handled every event up to {@code head}. */
    private void foldedUpTo(String group, long head) {
        transactions.executeWithoutResult(status -> {
            for (int segment : tokenStore.fetchSegments(group)) {
                tokenStore.storeToken(GapAwareTrackingToken.newInstance(head, Set.of()), group, segment);
                tokenStore.releaseClaim(group, segment);
            }
        });
    }

    private PooledStreamingEventProcessor processor(String group) {
        return processing
                .eventProcessor(group, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + group));
    }

    /**
     * Starts the clue triage for each clue, as the process bridge does on {@link ClueRegistered}, {@code batch}
     * instances per transaction: each leaves an open classification task for the office, in Camunda and the inbox.
     */
    public Duration openTasks(List<String> clueIds, int batch) {
        long start = System.nanoTime();
        for (int from = 0; from < clueIds.size(); from += batch) {
            List<String> slice = clueIds.subList(from, Math.min(clueIds.size(), from + batch));
            transactions.executeWithoutResult(
                    status -> slice.forEach(clueId -> runtimeService.startProcessInstanceByKey(
                            ClueTriageProcess.KEY, clueId, Map.of(ClueTriageProcess.VAR_CLUE_ID, clueId))));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Bench clue {@code i}, as {@link ReadModelVolumes#SEEDED} writes its views: the same values, in SQL. */
    static ClueRegistered clue(long i) {
        int combo = (int) (i % (ReadModelVolumes.TOPICS.size() * ReadModelVolumes.DISTRICTS.size()));
        String topic = ReadModelVolumes.TOPICS.get(combo / ReadModelVolumes.DISTRICTS.size());
        String district = ReadModelVolumes.DISTRICTS.get(combo % ReadModelVolumes.DISTRICTS.size());
        return new ClueRegistered(
                new ClueId(ID_PREFIX + i),
                String.format(Locale.ROOT, "%s%08d", CODE_PREFIX, i),
                topic + "（" + district + "第" + i + "号）",
                content(topic, district),
                SOURCES.get((int) (i % SOURCES.size())),
                new Location(district, "第" + (1 + i % 12) + "街道"),
                Attribution.none(),
                Submitter.anonymous(),
                ActorRef.citizen(),
                REGISTERED.plusSeconds(i));
    }

    static String content(String topic, String district) {
        return district + "群众反映：" + topic + "，影响日常生活，建议有关部门调查处理并建立长效机制。";
    }

    private record Template(String aggregateType, byte[] metaData, long offset) {}

    private Template template() {
        record Row(String type, byte[] metaData) {}
        Row row = jdbc.sql(
                        "SELECT type, meta_data FROM domain_event_entry WHERE payload_type = :t ORDER BY global_index"
                                + " LIMIT 1")
                .param("t", ClueRegistered.class.getName())
                .query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2)))
                .optional()
                .orElseThrow(() -> new IllegalStateException(
                        "register one clue through the intake first: its row is the seeder's template"));
        long seeded = jdbc.sql("SELECT count(*) FROM tracking_code WHERE code LIKE '" + CODE_PREFIX + "%'")
                .query(Long.class)
                .single();
        // a second seeding into the same database goes on numbering where the first stopped
        return new Template(row.type(), row.metaData(), seeded);
    }
}
