package org.tongxin.engine.report;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record OpinionReportSubmitted(ReportId reportId, ActorRef submittedBy, Instant submittedAt)
        implements ReportEvent {}
