package org.tongxin.projections.report;

import java.util.List;

public record ReportPage(List<ReportView> items, long total, int page, int size) {}
