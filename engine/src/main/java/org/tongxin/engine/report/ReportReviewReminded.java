package org.tongxin.engine.report;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ReportReviewReminded(ReportId reportId, LocalDate dueOn, Instant remindedAt) implements ReportEvent {}
