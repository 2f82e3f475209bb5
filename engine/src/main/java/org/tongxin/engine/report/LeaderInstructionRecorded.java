package org.tongxin.engine.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/**
 * A leader's instruction on the report, and the handlings of kind {@code INSTRUCTION} it opens: one per department the
 * matter is transferred to (none when it transfers nothing). Revision 2 added {@code handlings}; revision 1 events read
 * as transferring nothing. {@code level}, {@code instructedOn} and {@code author} were added later (fields an older
 * event reads without).
 */
@Revision("2")
public record LeaderInstructionRecorded(
        ReportId reportId,
        String leader,
        String instruction,
        List<HandlingId> handlings,
        ActorRef recordedBy,
        Instant recordedAt,
        ReportLevel level,
        LocalDate instructedOn,
        String author)
        implements ReportEvent {

    public LeaderInstructionRecorded {
        handlings = handlings == null ? List.of() : List.copyOf(handlings);
    }

    public LeaderInstructionRecorded(
            ReportId reportId,
            String leader,
            String instruction,
            List<HandlingId> handlings,
            ActorRef recordedBy,
            Instant recordedAt) {
        this(reportId, leader, instruction, handlings, recordedBy, recordedAt, null, null, null);
    }
}
