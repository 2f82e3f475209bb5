package org.tongxin.projections.report;

public record FindReport(String reportId) {}
