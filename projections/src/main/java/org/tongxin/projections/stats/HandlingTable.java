package org.tongxin.projections.stats;

import java.util.List;

/** The yearly table: one row per department that was assigned work in the year, by department code, and their sum. */
public record HandlingTable(int year, List<HandlingTableRow> rows, HandlingTableRow totals) {

    public HandlingTable {
        rows = List.copyOf(rows);
    }
}
