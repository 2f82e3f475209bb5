package org.tongxin.engine.report;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A member (or the office, for a converted proposal) writes a report; the author is the acting user. */
public record DraftOpinionReport(
        @TargetAggregateIdentifier ReportId reportId,
        String title,
        String content,
        List<ReportSource> sources,
        ActorRef by)
        implements ReportCommand {}
