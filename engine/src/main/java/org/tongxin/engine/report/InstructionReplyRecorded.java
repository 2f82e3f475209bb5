package org.tongxin.engine.report;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** A department's reply to an instruction on the report, for the author: the measures it took. */
@Revision("1")
public record InstructionReplyRecorded(
        ReportId reportId,
        HandlingId handlingId,
        String author,
        String measures,
        LocalDate repliedOn,
        ActorRef recordedBy,
        Instant recordedAt)
        implements ReportEvent {}
