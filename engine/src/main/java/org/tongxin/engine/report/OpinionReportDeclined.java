package org.tongxin.engine.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** {@code ground} was added later: an older event reads with none, its reason in words only. */
@Revision("1")
public record OpinionReportDeclined(
        ReportId reportId,
        String reason,
        List<ReportSource> sources,
        ActorRef declinedBy,
        Instant declinedAt,
        ReportDeclineGround ground)
        implements ReportEvent {

    public OpinionReportDeclined(
            ReportId reportId, String reason, List<ReportSource> sources, ActorRef declinedBy, Instant declinedAt) {
        this(reportId, reason, sources, declinedBy, declinedAt, ReportDeclineGround.OTHER);
    }
}
