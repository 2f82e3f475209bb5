package org.tongxin.engine.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record OpinionReportForwarded(
        ReportId reportId,
        String channel,
        String note,
        List<ReportSource> sources,
        ActorRef forwardedBy,
        Instant forwardedAt)
        implements ReportEvent {}
