package org.tongxin.engine.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record OpinionReportDrafted(
        ReportId reportId,
        String title,
        String content,
        String author,
        List<ReportSource> sources,
        ActorRef draftedBy,
        Instant draftedAt)
        implements ReportEvent {}
