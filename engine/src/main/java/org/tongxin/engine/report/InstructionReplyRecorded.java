package org.tongxin.engine.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/**
 * A department's reply to an instruction on the report, for the author and every upstream clue: the measures it
 * took. {@code sources} was added later: an older event reads without.
 */
@Revision("1")
public record InstructionReplyRecorded(
        ReportId reportId,
        HandlingId handlingId,
        String author,
        String measures,
        LocalDate repliedOn,
        ActorRef recordedBy,
        Instant recordedAt,
        List<ReportSource> sources)
        implements ReportEvent {

    public InstructionReplyRecorded {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public InstructionReplyRecorded(
            ReportId reportId,
            HandlingId handlingId,
            String author,
            String measures,
            LocalDate repliedOn,
            ActorRef recordedBy,
            Instant recordedAt) {
        this(reportId, handlingId, author, measures, repliedOn, recordedBy, recordedAt, List.of());
    }
}
