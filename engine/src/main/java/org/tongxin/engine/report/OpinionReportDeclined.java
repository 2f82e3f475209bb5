package org.tongxin.engine.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record OpinionReportDeclined(
        ReportId reportId, String reason, List<ReportSource> sources, ActorRef declinedBy, Instant declinedAt)
        implements ReportEvent {}
