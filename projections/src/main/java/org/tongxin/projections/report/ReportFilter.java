package org.tongxin.projections.report;

/**
 * What a list of reports is narrowed to; null fields do not narrow. {@code involving}: reports a member wrote or
 * co-wrote; {@code department}: reports a leader's instruction transferred to that department; {@code readableBy}
 * narrows to adopted reports (for leaders, who read what the office adopted).
 */
public record ReportFilter(
        String status,
        String level,
        Integer year,
        String author,
        String q,
        String involving,
        String department,
        boolean adoptedOnly,
        boolean awaitingBulletin) {

    public static ReportFilter all() {
        return new ReportFilter(null, null, null, null, null, null, null, false, false);
    }
}
