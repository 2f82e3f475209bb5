package org.tongxin.infra.studio;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.infra.persistence.BackgroundWorker;

/**
 * Records a migration batch for the audit log when it ends, whether or not anyone reads its report: every few
 * seconds ({@code tongxin.studio.batch-check-interval}) each batch not yet recorded is looked at as its report would
 * be, and {@link MigrationBatches#report} records the ones that are over, exactly once however many nodes look.
 */
@Component
class MigrationBatchRecorder extends BackgroundWorker {

    private final JdbcClient jdbc;
    private final MigrationBatches batches;
    private final Duration interval;

    MigrationBatchRecorder(
            JdbcClient jdbc,
            MigrationBatches batches,
            @Value("${tongxin.studio.batch-check-interval:PT10S}") Duration interval) {
        super("migration-batch-recorder");
        this.jdbc = jdbc;
        this.batches = batches;
        this.interval = interval;
    }

    @Override
    protected Duration delay() {
        return interval;
    }

    @Override
    protected void turn() {
        recordFinished();
    }

    /** Records every batch that is over and not yet recorded; the number recorded now. */
    int recordFinished() {
        record Open(String batchId, String processKey) {}
        List<Open> open = jdbc.sql("SELECT batch_id, process_key FROM migration_batch WHERE recorded_at IS NULL"
                        + " ORDER BY started_at")
                .query((rs, i) -> new Open(rs.getString("batch_id"), rs.getString("process_key")))
                .list();
        int recorded = 0;
        for (Open batch : open) {
            if (batches.recordIfOver(batch.processKey(), batch.batchId())) {
                recorded++;
            }
        }
        return recorded;
    }
}
