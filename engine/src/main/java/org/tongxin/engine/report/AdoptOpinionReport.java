package org.tongxin.engine.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The office adopts a report (采用) at a level; its editor may change the title or the text, which then become a new
 * version the author can compare with their own. Blank {@code editedTitle} or {@code editedContent} keeps the
 * author's.
 */
public record AdoptOpinionReport(
        @TargetAggregateIdentifier ReportId reportId,
        ReportLevel level,
        String editedTitle,
        String editedContent,
        String note,
        ActorRef by)
        implements ReportCommand {

    /** Adopted as written. */
    public AdoptOpinionReport(ReportId reportId, ReportLevel level, ActorRef by) {
        this(reportId, level, null, null, null, by);
    }
}
