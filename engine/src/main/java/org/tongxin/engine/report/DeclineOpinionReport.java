package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The office does not adopt a report, on a coded ground; {@code reason} explains, and is required for OTHER. */
public record DeclineOpinionReport(
        @TargetAggregateIdentifier ReportId reportId, ReportDeclineGround ground, String reason, ActorRef by)
        implements ReportCommand {

    /** Not adopted for a reason stated in words only. */
    public DeclineOpinionReport(ReportId reportId, String reason, ActorRef by) {
        this(reportId, ReportDeclineGround.OTHER, reason, by);
    }
}
