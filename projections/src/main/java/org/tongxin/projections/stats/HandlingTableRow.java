package org.tongxin.projections.stats;

/**
 * One department's line of the yearly table. {@code total} counts its handlings assigned in the year (those returned to
 * the office as not theirs left out, since the item was assigned again elsewhere), split into {@code answering} (lead
 * or separate handlings, which reply) and {@code coHandling} (co-handlers, who send their opinion to the lead). The
 * other columns are of the answering handlings: {@code replied} with a first reply, {@code inProgress} without one,
 * {@code overdue} replied late or unreplied past the due day, {@code outcomeA}…{@code outcomeD} by the class of the
 * latest reply, and the latest evaluation of each on the handling work: satisfied, basically satisfied, unsatisfied.
 * {@code department} is null on the totals line.
 */
public record HandlingTableRow(
        String department,
        long total,
        long answering,
        long coHandling,
        long replied,
        long inProgress,
        long overdue,
        long outcomeA,
        long outcomeB,
        long outcomeC,
        long outcomeD,
        long satisfied,
        long basicallySatisfied,
        long unsatisfied) {

    /** The column-wise sum of {@code rows}, as the table's last line. */
    static HandlingTableRow totalOf(Iterable<HandlingTableRow> rows) {
        long[] sum = new long[13];
        for (HandlingTableRow r : rows) {
            long[] v = r.counts();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        return new HandlingTableRow(
                null, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], sum[10], sum[11],
                sum[12]);
    }

    /** The counts in the table's column order, after the department. */
    public long[] counts() {
        return new long[] {
            total,
            answering,
            coHandling,
            replied,
            inProgress,
            overdue,
            outcomeA,
            outcomeB,
            outcomeC,
            outcomeD,
            satisfied,
            basicallySatisfied,
            unsatisfied
        };
    }
}
