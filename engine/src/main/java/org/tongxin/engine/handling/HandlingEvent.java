package org.tongxin.engine.handling;

import org.tongxin.engine.shared.HandlingId;

public sealed interface HandlingEvent
        permits HandlingOpened,
                HandlingReceived,
                ReturnRequested,
                ReturnRejected,
                HandlingReassigned,
                PreHandlingContactLogged,
                CoHandlerOpinionSent,
                CoHandlerOpinionReceived,
                CoHandlerOpinionsComplete,
                ExtensionRequested,
                ExtensionApproved,
                ExtensionRejected,
                HandlingReplied,
                HandlingOverdue,
                OverdueFollowedUp,
                ReplyReminderSent,
                EvaluationGiven,
                EvaluationWindowClosed,
                RehandleStarted,
                EscalatedToSupervision,
                HandlingClosed {

    HandlingId handlingId();
}
