package org.tongxin.engine.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** Carries the sources so feedback reaches every upstream clue without reading the report's history. */
@Revision("1")
public record OpinionReportAdopted(
        ReportId reportId, String bulletinIssue, List<ReportSource> sources, ActorRef adoptedBy, Instant adoptedAt)
        implements ReportEvent {}
