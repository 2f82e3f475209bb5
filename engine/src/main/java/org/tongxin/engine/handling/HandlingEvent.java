package org.tongxin.engine.handling;

public sealed interface HandlingEvent
        permits HandlingOpened,
                HandlingReceived,
                ReturnRequested,
                ReturnRejected,
                HandlingReassigned,
                PreHandlingContactLogged,
                CoHandlerOpinionSent,
                CoHandlerOpinionReceived,
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
