package org.tongxin.projections.report;

/**
 * The timeline of a report: its own events and those of the handlings its leaders' instructions opened, oldest first;
 * with {@code department} only that department's handlings. Answered with a list of {@code EventFacts}.
 */
public record FindReportHistory(String reportId, String department) {}
