package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A leader's written instruction (批示) on an adopted report; there may be several, from different leaders. */
public record RecordLeaderInstruction(
        @TargetAggregateIdentifier ReportId reportId, String leader, String instruction, ActorRef by)
        implements ReportCommand {}
