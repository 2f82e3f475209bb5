package org.tongxin.engine.report;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The review timer's reminder that a report awaits the office; sent by the system, idempotent. */
public record RemindReportReview(@TargetAggregateIdentifier ReportId reportId, LocalDate dueOn, ActorRef by)
        implements ReportCommand {}
