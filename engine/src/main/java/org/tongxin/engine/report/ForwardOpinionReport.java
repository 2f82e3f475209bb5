package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The office sends a report on to another channel instead of its own bulletin (the Party and government information
 * office, the next-level committee, a department), naming the channel.
 */
public record ForwardOpinionReport(
        @TargetAggregateIdentifier ReportId reportId, String channel, String note, ActorRef by)
        implements ReportCommand {}
