package org.tongxin.engine.report;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * A report is written: by a member in their own name (the most common way), or by the office or the system on an
 * author's behalf (a routed clue written up, a proposal converted at filing review). {@code author} null means the
 * acting user; {@code coAuthors} are members who wrote it with the author; {@code sector} the author's sector (界别),
 * for the statistics, optional.
 */
public record DraftOpinionReport(
        @TargetAggregateIdentifier ReportId reportId,
        String title,
        String content,
        List<ReportSource> sources,
        String author,
        List<String> coAuthors,
        String sector,
        ActorRef by)
        implements ReportCommand {

    public DraftOpinionReport {
        sources = sources == null ? List.of() : List.copyOf(sources);
        coAuthors = coAuthors == null ? List.of() : List.copyOf(coAuthors);
    }

    /** A report in the acting user's own name, without co-authors. */
    public DraftOpinionReport(
            ReportId reportId, String title, String content, List<ReportSource> sources, ActorRef by) {
        this(reportId, title, content, sources, null, List.of(), null, by);
    }

    public DraftOpinionReport(
            ReportId reportId,
            String title,
            String content,
            List<ReportSource> sources,
            String author,
            List<String> coAuthors,
            ActorRef by) {
        this(reportId, title, content, sources, author, coAuthors, null, by);
    }
}
