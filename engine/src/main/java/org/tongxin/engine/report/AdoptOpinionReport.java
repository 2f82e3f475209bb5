package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The office adopts a report into an issue of its bulletin (社情民意信息专报). */
public record AdoptOpinionReport(@TargetAggregateIdentifier ReportId reportId, String bulletinIssue, ActorRef by)
        implements ReportCommand {}
