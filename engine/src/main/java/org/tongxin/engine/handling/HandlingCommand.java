package org.tongxin.engine.handling;

import org.tongxin.engine.shared.Command;
import org.tongxin.engine.shared.HandlingId;

public sealed interface HandlingCommand extends Command
        permits OpenHandling,
                ReceiveHandling,
                RequestReturn,
                UpholdAssignment,
                ReassignHandling,
                CorrectAssignment,
                LogPreHandlingContact,
                SendCoHandlerOpinion,
                ReceiveCoHandlerOpinion,
                RequestExtension,
                ApproveExtension,
                RejectExtension,
                Reply,
                MarkOverdue,
                FollowUpOverdue,
                SendReplyReminder,
                Evaluate,
                CloseEvaluationWindow,
                Rehandle,
                EscalateToSupervision,
                CloseHandling {

    HandlingId handlingId();
}
