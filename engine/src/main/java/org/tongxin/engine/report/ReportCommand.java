package org.tongxin.engine.report;

import org.tongxin.engine.shared.Command;

public sealed interface ReportCommand extends Command
        permits DraftOpinionReport,
                SubmitOpinionReport,
                AdoptOpinionReport,
                DeclineOpinionReport,
                RecordLeaderInstruction,
                RecordInstructionReply {

    ReportId reportId();
}
