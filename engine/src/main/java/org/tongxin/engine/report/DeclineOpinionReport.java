package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

public record DeclineOpinionReport(@TargetAggregateIdentifier ReportId reportId, String reason, ActorRef by)
        implements ReportCommand {}
