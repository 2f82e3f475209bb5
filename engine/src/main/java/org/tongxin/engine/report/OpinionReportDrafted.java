package org.tongxin.engine.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * The first version of a report. {@code coAuthors} and {@code sector} were added later: an older event reads with none (an added field,
 * so no upcaster is needed).
 */
@Revision("1")
public record OpinionReportDrafted(
        ReportId reportId,
        String title,
        String content,
        String author,
        List<ReportSource> sources,
        ActorRef draftedBy,
        Instant draftedAt,
        List<String> coAuthors,
        String sector)
        implements ReportEvent {

    public OpinionReportDrafted {
        sources = sources == null ? List.of() : List.copyOf(sources);
        coAuthors = coAuthors == null ? List.of() : List.copyOf(coAuthors);
    }

    public OpinionReportDrafted(
            ReportId reportId,
            String title,
            String content,
            String author,
            List<ReportSource> sources,
            ActorRef draftedBy,
            Instant draftedAt) {
        this(reportId, title, content, author, sources, draftedBy, draftedAt, List.of(), null);
    }

    public OpinionReportDrafted(
            ReportId reportId,
            String title,
            String content,
            String author,
            List<ReportSource> sources,
            ActorRef draftedBy,
            Instant draftedAt,
            List<String> coAuthors) {
        this(reportId, title, content, author, sources, draftedBy, draftedAt, coAuthors, null);
    }
}
