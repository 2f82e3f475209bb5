package org.tongxin.projections.report;

import java.util.List;

public record CreditPage(List<ReportCredit> items) {}
