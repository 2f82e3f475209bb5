package org.tongxin.projections.report;

/**
 * A member's credit from reports (履职档案) or, with {@code member} null, every member's: adoptions and instructions
 * per level, per year. {@code year} null counts every year.
 */
public record CountReportCredit(String member, Integer year) {}
