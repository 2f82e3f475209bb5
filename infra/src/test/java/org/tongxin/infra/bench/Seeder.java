package org.tongxin.infra.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
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

/**
 * Builds volumes quickly and the same way every time, for the benchmarks and any test that needs a full database.
 *
 * <p>Clues are written as the Clue aggregate writes them: each a {@link ClueRegistered} serialized by the
 * application's own event serializer, with the aggregate type and metadata of a clue registered through the real
 * intake (the template), sequence number 0 and the global index from the table's own sequence, so Axon loads the
 * aggregates and every projection replays them like any other event. They go in with PostgreSQL's COPY, with their
 * tracking codes. The read models are not written: a replay builds them (and is measured).
 *
 * <p>Open tasks are the clue triage the process bridge would have started for such a clue, started in batches of
 * one transaction each: every task is a real one that completes through the real path.
 */
public final class Seeder {

    private static final List<String> TOPICS = List.of(
            "路灯损坏夜间出行不便",
            "地铁出口共享单车乱停放",
            "学校周边交通拥堵",
            "老旧小区加装电梯",
            "社区养老服务不足",
            "菜市场环境卫生差",
            "公交线路调整建议",
            "河道垃圾清理",
            "背街小巷照明不足",
            "停车位紧张",
            "垃圾分类宣传",
            "口袋公园建设",
            "灯杆广告牌松动",
            "人行道破损",
            "噪音扰民",
            "医院挂号难",
            "幼儿园学位紧张",
            "电动车充电桩不足",
            "路口信号灯配时不合理",
            "绿化带缺乏养护");
    private static final List<String> DISTRICTS = List.of("龙岗区", "福田区", "南山区", "宝安区", "罗湖区");
    private static final List<ClueSource> SOURCES = List.of(
            ClueSource.CITIZEN_IDEA, ClueSource.MEMBER_RESEARCH, ClueSource.CONSTITUENTS, ClueSource.HOTLINE_DATA);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Serializer eventSerializer;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactions;

    public Seeder(
            DataSource dataSource,
            Serializer eventSerializer,
            RuntimeService runtimeService,
            TransactionTemplate transactions) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.eventSerializer = eventSerializer;
        this.runtimeService = runtimeService;
        this.transactions = transactions;
    }

    /** What a run of the seeder wrote and how long it took. */
    public record Seeded(List<String> clueIds, Duration took) {

        public double perSecond() {
            return clueIds.size() / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    /**
     * Appends {@code count} registered clues in bulk, {@code batch} rows per COPY. Needs one clue registered through
     * the real intake first (its row is the template for the aggregate type and metadata).
     */
    public Seeded clues(int count, int batch) throws Exception {
        Template template = template();
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>(count);
        Instant registeredAt = Instant.parse("2026-11-02T01:00:00Z");
        HexFormat hex = HexFormat.of();
        String metaData = "\\\\x" + hex.formatHex(template.metaData());
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (int from = 0; from < count; from += batch) {
                StringBuilder events = new StringBuilder();
                StringBuilder codes = new StringBuilder();
                for (int n = from; n < Math.min(count, from + batch); n++) {
                    long i = template.offset() + n;
                    ClueId id = new ClueId(UUID.nameUUIDFromBytes(("bench-clue-" + i).getBytes())
                            .toString());
                    String code = String.format("TX-B%08d", i);
                    Instant at = registeredAt.plusSeconds(i);
                    ClueRegistered event = clue(i, id, code, at);
                    SerializedObject<byte[]> payload = eventSerializer.serialize(event, byte[].class);
                    events.append(id.value())
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
                            .append(at)
                            .append('\n');
                    codes.append(code).append('\t').append(id.value()).append('\n');
                    ids.add(id.value());
                }
                pg.getCopyAPI()
                        .copyIn(
                                "COPY domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                                        + " meta_data, payload, payload_revision, payload_type, time_stamp) FROM STDIN",
                                new StringReader(events.toString()));
                pg.getCopyAPI()
                        .copyIn("COPY tracking_code (code, clue_id) FROM STDIN", new StringReader(codes.toString()));
            }
        }
        return new Seeded(ids, Duration.ofNanos(System.nanoTime() - start));
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

    private static ClueRegistered clue(long i, ClueId id, String code, Instant at) {
        String topic = TOPICS.get((int) (i % TOPICS.size()));
        String district = DISTRICTS.get((int) ((i / TOPICS.size()) % DISTRICTS.size()));
        return new ClueRegistered(
                id,
                code,
                topic + "（" + district + "第" + i + "号）",
                district + "群众反映：" + topic + "，影响日常生活，建议有关部门调查处理并建立长效机制。",
                SOURCES.get((int) (i % SOURCES.size())),
                new Location(district, "第" + (i % 12 + 1) + "街道"),
                Attribution.none(),
                Submitter.anonymous(),
                ActorRef.citizen(),
                at);
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
        long seeded = jdbc.sql("SELECT count(*) FROM tracking_code WHERE code LIKE 'TX-B%'")
                .query(Long.class)
                .single();
        // a second seeding into the same database goes on numbering where the first stopped
        return new Template(row.type(), row.metaData(), seeded);
    }
}
