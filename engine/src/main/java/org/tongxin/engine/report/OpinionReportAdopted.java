package org.tongxin.engine.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * Carries the sources so feedback reaches every upstream clue without reading the report's history, and the adopted
 * text, level and authors, so the bulletin and the members' credit need nothing else. {@code bulletinIssue} is only
 * set on reports adopted before bulletins were compiled as issues of their own. The fields after {@code adoptedAt}
 * were added later: an older event reads with none.
 */
@Revision("1")
public record OpinionReportAdopted(
        ReportId reportId,
        String bulletinIssue,
        List<ReportSource> sources,
        ActorRef adoptedBy,
        Instant adoptedAt,
        ReportLevel level,
        int version,
        boolean edited,
        String title,
        String content,
        String author,
        List<String> coAuthors,
        String note)
        implements ReportEvent {

    public OpinionReportAdopted {
        sources = sources == null ? List.of() : List.copyOf(sources);
        coAuthors = coAuthors == null ? List.of() : List.copyOf(coAuthors);
    }
}
