package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** An adopted report appears in an issue of the bulletin; sent by the policy that follows a compiled issue. */
public record IncludeInBulletin(
        @TargetAggregateIdentifier ReportId reportId, String bulletinId, String issueLabel, ActorRef by)
        implements ReportCommand {}
