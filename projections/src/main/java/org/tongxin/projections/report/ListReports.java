package org.tongxin.projections.report;

public record ListReports(ReportFilter filter, int page, int size) {}
