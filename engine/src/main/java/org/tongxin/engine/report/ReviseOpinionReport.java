package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The author rewrites a draft or a report returned for revision; the text becomes the report's next version. */
public record ReviseOpinionReport(
        @TargetAggregateIdentifier ReportId reportId, String title, String content, ActorRef by)
        implements ReportCommand {}
