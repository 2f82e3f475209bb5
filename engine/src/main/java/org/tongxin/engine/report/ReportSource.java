package org.tongxin.engine.report;

/**
 * What a report came from, for lineage and feedback: a clue routed to a report, a proposal converted at filing
 * review, or a consultation topic's result. Kept as plain ids so the report does not depend on the other aggregates' packages.
 */
public record ReportSource(Kind kind, String id) {

    public enum Kind {
        CLUE,
        PROPOSAL,
        /** A consultation topic whose result was submitted as a report. */
        CONSULTATION
    }
}
