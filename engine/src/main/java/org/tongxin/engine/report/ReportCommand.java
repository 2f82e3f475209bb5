package org.tongxin.engine.report;

import org.tongxin.engine.shared.Command;

public sealed interface ReportCommand extends Command
        permits DraftOpinionReport,
                ReviseOpinionReport,
                SubmitOpinionReport,
                ReturnOpinionReport,
                AdoptOpinionReport,
                DeclineOpinionReport,
                ForwardOpinionReport,
                RemindReportReview,
                IncludeInBulletin,
                RecordLeaderInstruction,
                RecordInstructionReply {

    ReportId reportId();
}
