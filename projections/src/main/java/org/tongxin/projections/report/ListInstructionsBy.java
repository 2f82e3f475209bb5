package org.tongxin.projections.report;

/**
 * The reports a leader (by account) instructed on, the most recently decided first, at most {@code limit}: what the
 * leader's home page shows with the departments' answers. Answered with a list of {@link ReportView}.
 */
public record ListInstructionsBy(String leader, int limit) {}
