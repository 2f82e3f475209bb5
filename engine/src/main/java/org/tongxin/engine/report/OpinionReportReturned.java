package org.tongxin.engine.report;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** {@code round}: the how-many-th return of this report, counted against the committee's limit. */
@Revision("1")
public record OpinionReportReturned(
        ReportId reportId, String reason, int round, String author, ActorRef returnedBy, Instant returnedAt)
        implements ReportEvent {}
