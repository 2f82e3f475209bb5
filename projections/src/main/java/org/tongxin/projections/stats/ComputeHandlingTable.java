package org.tongxin.projections.stats;

/**
 * The yearly 提案办理情况统计表: per department (one department when {@code department} is given), the handlings
 * assigned in {@code year} of items of {@code kind} (a {@code SourceKind} name; every kind when null) and how each
 * stands today.
 */
public record ComputeHandlingTable(String department, String kind, int year) {

    public ComputeHandlingTable {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("year must have four digits");
        }
    }
}
