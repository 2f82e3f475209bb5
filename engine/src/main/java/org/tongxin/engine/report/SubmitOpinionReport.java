package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

public record SubmitOpinionReport(@TargetAggregateIdentifier ReportId reportId, ActorRef by) implements ReportCommand {}
