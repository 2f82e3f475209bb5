package org.tongxin.engine.supervision;

import org.tongxin.engine.shared.Command;

public sealed interface SupervisionCommand extends Command
        permits RegisterSupervisionEntry,
                FormSupervisionTeam,
                RecordInspection,
                OrderRectification,
                RecordRectificationAnswer,
                VerifyRectification,
                CloseSupervisionEntry {

    SupervisionId supervisionId();
}
