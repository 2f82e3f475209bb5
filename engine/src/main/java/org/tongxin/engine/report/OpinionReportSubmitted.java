package org.tongxin.engine.report;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** {@code author} was added later (the office may submit on the author's behalf): an older event reads without. */
@Revision("1")
public record OpinionReportSubmitted(ReportId reportId, ActorRef submittedBy, Instant submittedAt, String author)
        implements ReportEvent {

    public OpinionReportSubmitted(ReportId reportId, ActorRef submittedBy, Instant submittedAt) {
        this(reportId, submittedBy, submittedAt, submittedBy.userId());
    }
}
