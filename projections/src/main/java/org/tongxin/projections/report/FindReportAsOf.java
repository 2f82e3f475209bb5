package org.tongxin.projections.report;

import java.time.Instant;

/** A report as it stood at {@code asOf}, folded from its events; answered with an optional {@link ReportView}. */
public record FindReportAsOf(String reportId, Instant asOf) {}
