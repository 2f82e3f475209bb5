package org.tongxin.engine.report;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** A new version of the report's text, by its author (or the office on the author's behalf). */
@Revision("1")
public record OpinionReportRevised(
        ReportId reportId, int version, String title, String content, ActorRef revisedBy, Instant revisedAt)
        implements ReportEvent {}
