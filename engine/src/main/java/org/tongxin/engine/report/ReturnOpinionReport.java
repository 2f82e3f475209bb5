package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The office returns a submitted report to its author for revision, saying what to change. */
public record ReturnOpinionReport(@TargetAggregateIdentifier ReportId reportId, String reason, ActorRef by)
        implements ReportCommand {}
