package org.tongxin.engine.report;

public sealed interface ReportEvent
        permits OpinionReportDrafted,
                OpinionReportSubmitted,
                OpinionReportAdopted,
                OpinionReportDeclined,
                LeaderInstructionRecorded,
                InstructionReplyRecorded {

    ReportId reportId();
}
