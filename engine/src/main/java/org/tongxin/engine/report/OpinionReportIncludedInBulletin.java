package org.tongxin.engine.report;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** {@code issueLabel}: the issue as readers name it, e.g. 2026年第12期. */
@Revision("1")
public record OpinionReportIncludedInBulletin(
        ReportId reportId, String bulletinId, String issueLabel, String author, Instant includedAt)
        implements ReportEvent {}
