package org.tongxin.projections.ops;

import java.time.Instant;
import java.util.List;

/**
 * One run of the reconciliation: for each read model, how many aggregates of the event store it had missed events
 * of, and how many of those were re-projected. {@code storeAggregates} and {@code viewRows} compare counts per
 * aggregate type at the time of the run (a view behind the store by its lag is not a mismatch).
 */
public record ReconciliationReport(Instant at, List<Projection> projections) {

    public long mismatches() {
        return projections.stream().mapToLong(Projection::mismatches).sum();
    }

    /** One read model's result. {@code examples} lists a few of the aggregates that were behind. */
    public record Projection(
            String group,
            String aggregateType,
            long storeAggregates,
            long viewRows,
            long mismatches,
            long repaired,
            List<String> examples) {}
}
