package org.tongxin.infra.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.CaseNames;
import org.tongxin.infra.web.NotFound;
import org.tongxin.processes.studio.InstanceMigrations;

/**
 * Migrations run as Camunda batches: started from the studio, reported case by case while the job executor moves
 * them, and recorded once for the audit log when the last case has moved or failed — by {@link MigrationBatchRecorder}
 * in the background, or by the first read of the report that finds it over. Table {@code migration_batch}.
 */
@Component
public class MigrationBatches {

    /** Why a case did not move, as a reader can act on it; the page says each in words. */
    public enum Cause {
        /** It stands at a step the target version lacks: it was never sent. */
        UNMAPPED,
        /** It ended, or was deleted, before the engine reached it. */
        ENDED,
        /** The engine tried and gave up (its reason is in {@code reason}). */
        ENGINE
    }

    /**
     * One case of a batch as the page and the API show it: the case by its title, where it stands, and, when it
     * failed, why ({@code cause}, which the page says in words; {@code reason}, the engine's own text).
     */
    public record CaseOutcome(
            String businessKey, String caseTitle, InstanceMigrations.BatchState state, String reason, Cause cause) {}

    /**
     * A batch's report: how far it is and each case.
     *
     * @param total every case selected, the ones not sent included
     */
    public record Report(
            String batchId,
            String processKey,
            int fromVersion,
            int toVersion,
            String startedBy,
            Instant startedAt,
            int total,
            int migrated,
            int failed,
            boolean finished,
            List<CaseOutcome> cases) {

        public int pending() {
            return total - migrated - failed;
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final InstanceMigrations migrations;
    private final StudioAudit audit;
    private final CaseNames caseNames;

    MigrationBatches(
            JdbcClient jdbc, ObjectMapper json, InstanceMigrations migrations, StudioAudit audit, CaseNames caseNames) {
        this.jdbc = jdbc;
        this.json = json;
        this.migrations = migrations;
        this.audit = audit;
        this.caseNames = caseNames;
    }

    @Transactional
    public String start(
            String key, InstanceMigrations.BatchStarted started, String targetDefinitionId, TongxinUser by) {
        jdbc.sql(
                        """
                        INSERT INTO migration_batch (batch_id, process_key, from_version, to_version,
                            target_definition_id, sent, not_sent, started_by, started_at)
                        VALUES (:id, :key, :from, :to, :target, :sent, :notSent, :by, now())
                        """)
                .param("id", started.batchId())
                .param("key", key)
                .param("from", started.plan().fromVersion())
                .param("to", started.plan().toVersion())
                .param("target", targetDefinitionId)
                .param("sent", write(started.sent()))
                .param("notSent", write(started.notSent()))
                .param("by", by.username())
                .update();
        return started.batchId();
    }

    /**
     * The batch as it stands; the first look that finds it over (a read, or the recorder's turn) records it for the
     * audit log (as the one who started it), exactly once.
     */
    @Transactional
    public Report report(String key, String batchId) {
        return look(key, batchId).report();
    }

    private record Look(Report report, boolean recordedNow) {}

    private Look look(String key, String batchId) {
        Map<String, Object> row = jdbc
                .sql("SELECT * FROM migration_batch WHERE batch_id = :id AND process_key = :key")
                .param("id", batchId)
                .param("key", key)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("migration " + batchId));
        List<InstanceMigrations.Instance> sent =
                read((String) row.get("sent"), new TypeReference<List<InstanceMigrations.Instance>>() {});
        List<InstanceMigrations.BatchOutcome> notSent =
                read((String) row.get("not_sent"), new TypeReference<List<InstanceMigrations.BatchOutcome>>() {});
        InstanceMigrations.BatchProgress progress =
                migrations.progress(batchId, (String) row.get("target_definition_id"), sent);
        List<CaseOutcome> cases = new ArrayList<>();
        for (InstanceMigrations.BatchOutcome o : notSent) {
            cases.add(outcome(o));
        }
        for (InstanceMigrations.BatchOutcome o : progress.outcomes()) {
            cases.add(outcome(o));
        }
        int from = ((Number) row.get("from_version")).intValue();
        int to = ((Number) row.get("to_version")).intValue();
        int failed = progress.failed() + notSent.size();
        String startedBy = (String) row.get("started_by");
        boolean recordedNow = progress.finished() && row.get("recorded_at") == null && recordOnce(batchId);
        if (recordedNow) {
            audit.migratedBy(key, from, to, progress.migrated(), failed, startedBy);
        }
        return new Look(
                new Report(
                        batchId,
                        key,
                        from,
                        to,
                        startedBy,
                        ((Timestamp) row.get("started_at")).toInstant(),
                        sent.size() + notSent.size(),
                        progress.migrated(),
                        failed,
                        progress.finished(),
                        List.copyOf(cases)),
                recordedNow);
    }

    /**
     * Records the batch for the audit log if it is over and was not recorded yet (by a reader of its report, or by
     * {@link MigrationBatchRecorder}); whether this call recorded it.
     */
    @Transactional
    public boolean recordIfOver(String key, String batchId) {
        return look(key, batchId).recordedNow();
    }

    private boolean recordOnce(String batchId) {
        return jdbc.sql("UPDATE migration_batch SET recorded_at = now() WHERE batch_id = :id AND recorded_at IS NULL")
                        .param("id", batchId)
                        .update()
                == 1;
    }

    private CaseOutcome outcome(InstanceMigrations.BatchOutcome o) {
        return new CaseOutcome(o.businessKey(), caseNames.label(o.businessKey()), o.state(), o.reason(), cause(o));
    }

    static Cause cause(InstanceMigrations.BatchOutcome o) {
        if (o.state() != InstanceMigrations.BatchState.FAILED) {
            return null;
        }
        String reason = o.reason() == null ? "" : o.reason();
        if (reason.startsWith(InstanceMigrations.STANDS_AT)) {
            return Cause.UNMAPPED;
        }
        return reason.equals(InstanceMigrations.ENDED) ? Cause.ENDED : Cause.ENGINE;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a migration batch", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a migration batch", e);
        }
    }
}
