package org.tongxin.engine.report;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Feeds a department's reply to an instruction back to the report (and so to its author); sent by the system. */
public record RecordInstructionReply(
        @TargetAggregateIdentifier ReportId reportId,
        HandlingId handlingId,
        String measures,
        LocalDate repliedOn,
        ActorRef by)
        implements ReportCommand {}
