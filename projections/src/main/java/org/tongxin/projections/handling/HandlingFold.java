package org.tongxin.projections.handling;

import java.util.ArrayList;
import java.util.List;
import org.tongxin.engine.handling.CoHandlerOpinionReceived;
import org.tongxin.engine.handling.CoHandlerOpinionSent;
import org.tongxin.engine.handling.EscalatedToSupervision;
import org.tongxin.engine.handling.EvaluationGiven;
import org.tongxin.engine.handling.EvaluationWindowClosed;
import org.tongxin.engine.handling.ExtensionApproved;
import org.tongxin.engine.handling.ExtensionRejected;
import org.tongxin.engine.handling.ExtensionRequested;
import org.tongxin.engine.handling.HandlingClosed;
import org.tongxin.engine.handling.HandlingEvent;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingOverdue;
import org.tongxin.engine.handling.HandlingReassigned;
import org.tongxin.engine.handling.HandlingReceived;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.handling.HandlingStatus;
import org.tongxin.engine.handling.PreHandlingContactLogged;
import org.tongxin.engine.handling.RehandleStarted;
import org.tongxin.engine.handling.ReturnRejected;
import org.tongxin.engine.handling.ReturnRequested;

/**
 * Applies one handling event to a {@link HandlingView}: the single piece of code behind the live read model and the
 * as-of view. Pure; an event at or below the view's version leaves the view as it is (the same instance).
 * {@code ReplyReminderSent} changes nothing a reader sees and only moves the version.
 */
public final class HandlingFold {

    private HandlingFold() {}

    /**
     * @param view the view so far, null before the handling's first event
     * @param sequence the event's sequence number in the handling's stream
     */
    public static HandlingView apply(HandlingView view, HandlingEvent event, long sequence) {
        if (view == null && !(event instanceof HandlingOpened)) {
            return null;
        }
        if (view != null && sequence <= view.version()) {
            return view;
        }
        HandlingView.Builder b = view == null ? new HandlingView.Builder() : view.toBuilder();
        b.version = sequence;
        if (event instanceof HandlingOpened e) {
            b.handlingId = e.handlingId().value();
            b.proposalId = e.sourceId();
            b.sourceKind = e.sourceKind().name();
            b.department = e.department().value();
            b.role = e.role().name();
            b.leadHandlingId = e.leadHandlingId();
            b.status = HandlingStatus.ASSIGNED.name();
            b.assignedOn = e.assignedOn();
            b.evaluators = e.evaluators();
            b.keyProposal = e.keyProposal();
            b.returnWindowEnds = e.returnWindowEnds();
            b.preHandlingContactDue = e.preHandlingContactDue();
            b.coHandlerOpinionDue = e.coHandlerOpinionDue();
            b.replyDue = e.replyDue();
            b.reminderOn = e.reminderOn();
            b.round = 1;
        } else if (event instanceof HandlingReceived e) {
            b.status = HandlingStatus.IN_PROGRESS.name();
            b.receivedAt = e.receivedAt();
        } else if (event instanceof ReturnRequested e) {
            b.status = HandlingStatus.RETURN_REQUESTED.name();
            b.pausedOn = e.requestedOn();
            b.returnRequests++;
            b.returnReason = e.reason();
            b.suggestedDepartment = e.suggestedDepartment() == null
                    ? null
                    : e.suggestedDepartment().value();
            b.returnNote = null;
        } else if (event instanceof ReturnRejected e) {
            // the assignment stands: back to where the request came from, every clock moved by the pause
            b.status = (b.receivedAt == null ? HandlingStatus.ASSIGNED : HandlingStatus.IN_PROGRESS).name();
            b.pausedOn = null;
            b.workingDaysPaused += e.workingDaysPaused();
            b.returnNote = e.note();
            b.preHandlingContactDue = e.preHandlingContactDue();
            b.coHandlerOpinionDue = e.coHandlerOpinionDue();
            b.replyDue = e.replyDue();
            b.reminderOn = e.reminderOn();
        } else if (event instanceof HandlingReassigned e) {
            b.status = HandlingStatus.RETURNED.name();
            b.pausedOn = null;
            b.reassignedTo = e.newDepartment().value();
            b.returnNote = e.note();
            b.closedAt = e.reassignedAt();
        } else if (event instanceof PreHandlingContactLogged e) {
            b.contactedOn = e.contactedOn();
            b.contactLate = e.late();
            b.contactMethod = e.method() == null ? null : e.method().name();
            b.contactNotes = e.notes();
        } else if (event instanceof CoHandlerOpinionSent e) {
            b.opinionSentOn = e.sentOn();
            b.opinionLate = e.late();
            b.opinionText = e.opinion();
        } else if (event instanceof CoHandlerOpinionReceived e) {
            List<CoHandlerOpinion> opinions = new ArrayList<>(b.coHandlerOpinions);
            opinions.add(new CoHandlerOpinion(e.fromDepartment().value(), e.opinion(), e.receivedAt()));
            b.coHandlerOpinions = opinions;
        } else if (event instanceof ExtensionRequested e) {
            b.extensionRequested = e.extension();
            b.extensionReason = e.reason();
        } else if (event instanceof ExtensionApproved e) {
            b.extensionRequested = null;
            b.totalExtension = e.totalExtension();
            b.replyDue = e.replyDue();
            b.reminderOn = e.reminderOn();
            b.markedOverdue = false;
        } else if (event instanceof ExtensionRejected e) {
            b.extensionRequested = null;
        } else if (event instanceof HandlingReplied e) {
            // A reply nobody evaluates settles its round at once, as in the aggregate.
            b.status = (b.evaluators.isEmpty() ? HandlingStatus.EVALUATED : HandlingStatus.REPLIED).name();
            b.round = e.round();
            b.outcome = e.outcome() == null ? null : e.outcome().name();
            b.replyText = e.text();
            List<ReplyEntry> replies = new ArrayList<>(b.replies);
            replies.add(new ReplyEntry(e.round(), b.outcome, e.text(), e.repliedOn(), e.late()));
            b.replies = replies;
            b.repliedOn = e.repliedOn();
            b.late = e.late();
            if (b.firstRepliedOn == null) {
                b.firstRepliedOn = e.repliedOn();
                b.firstReplyLate = e.late();
            }
            b.evaluationWindowEnds = e.evaluationWindowEnds();
            b.markedOverdue = false;
        } else if (event instanceof HandlingOverdue e) {
            b.markedOverdue = true;
        } else if (event instanceof EvaluationGiven e) {
            List<EvaluationEntry> evaluations = new ArrayList<>(b.evaluations);
            evaluations.add(new EvaluationEntry(
                    e.round(),
                    e.evaluatedBy().userId(),
                    e.handlingWork().name(),
                    e.result().name(),
                    e.comment(),
                    e.evaluatedAt()));
            b.evaluations = evaluations;
            if (e.evaluationSettled()) {
                b.status = HandlingStatus.EVALUATED.name();
            }
        } else if (event instanceof EvaluationWindowClosed e) {
            b.status = HandlingStatus.EVALUATED.name();
            b.notEvaluated = e.notEvaluated();
        } else if (event instanceof RehandleStarted e) {
            b.status = HandlingStatus.REHANDLING.name();
            b.round = e.round();
            b.replyDue = e.replyDue();
            b.reminderOn = e.reminderOn();
            b.markedOverdue = false;
        } else if (event instanceof EscalatedToSupervision e) {
            b.status = HandlingStatus.ESCALATED.name();
            b.escalated = true;
        } else if (event instanceof HandlingClosed e) {
            b.status = HandlingStatus.CLOSED.name();
            b.escalated = b.escalated || e.escalated();
            if (e.outcome() != null) {
                b.outcome = e.outcome().name();
            }
            b.notEvaluated = e.notEvaluated();
            b.closedAt = e.closedAt();
        }
        return b.build();
    }
}
