package org.tongxin.projections.stats;

import java.time.LocalDate;

/**
 * Statistics of one department (every department when null) for the days {@code [from, to)}, over the handlings of
 * items of {@code kind} (a {@code SourceKind} name; every kind when null).
 */
public record ComputeStatistics(String department, String kind, LocalDate from, LocalDate to) {

    public ComputeStatistics {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** Across every kind of item. */
    public ComputeStatistics(String department, LocalDate from, LocalDate to) {
        this(department, null, from, to);
    }
}
