package org.tongxin.projections.stats;

import java.time.LocalDate;

/** Statistics of one department (every department when null) for the days {@code [from, to)}. */
public record ComputeStatistics(String department, LocalDate from, LocalDate to) {

    public ComputeStatistics {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
