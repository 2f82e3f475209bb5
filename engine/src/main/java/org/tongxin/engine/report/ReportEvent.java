package org.tongxin.engine.report;

public sealed interface ReportEvent
        permits OpinionReportDrafted,
                OpinionReportRevised,
                OpinionReportSubmitted,
                OpinionReportReturned,
                OpinionReportAdopted,
                OpinionReportDeclined,
                OpinionReportForwarded,
                ReportReviewReminded,
                OpinionReportIncludedInBulletin,
                LeaderInstructionRecorded,
                InstructionReplyRecorded {

    ReportId reportId();
}
