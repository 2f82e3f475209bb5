package org.tongxin.projections.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A department's handling as the read side shows it. Due dates are those of the latest event that stated them;
 * {@code pausedOn} is set while a return request stands (the clocks stand still). {@code late} is the latest reply's,
 * {@code firstReplyLate} the first round's, which statistics count. {@code version} is the sequence number of the last
 * event folded in. {@code proposalId} is the id of the handled item, of kind {@code sourceKind} (a {@code SourceKind}
 * name; views folded before kinds existed hold a proposal's).
 */
public record HandlingView(
        String handlingId,
        String proposalId,
        String sourceKind,
        String department,
        String role,
        String leadHandlingId,
        String status,
        LocalDate assignedOn,
        List<String> evaluators,
        boolean keyProposal,
        LocalDate returnWindowEnds,
        LocalDate preHandlingContactDue,
        LocalDate coHandlerOpinionDue,
        LocalDate replyDue,
        LocalDate reminderOn,
        Instant receivedAt,
        LocalDate pausedOn,
        int returnRequests,
        int workingDaysPaused,
        String reassignedTo,
        LocalDate contactedOn,
        boolean contactLate,
        List<CoHandlerOpinion> coHandlerOpinions,
        LocalDate opinionSentOn,
        boolean opinionLate,
        Period extensionRequested,
        Period totalExtension,
        int round,
        String outcome,
        String replyText,
        LocalDate repliedOn,
        LocalDate firstRepliedOn,
        boolean late,
        Boolean firstReplyLate,
        LocalDate evaluationWindowEnds,
        List<EvaluationEntry> evaluations,
        List<String> notEvaluated,
        boolean markedOverdue,
        boolean escalated,
        Instant closedAt,
        String returnReason,
        String suggestedDepartment,
        String returnNote,
        String contactMethod,
        String contactNotes,
        String opinionText,
        String extensionReason,
        List<ReplyEntry> replies,
        long version) {

    /** The kind of item handled; a view folded before kinds existed is a proposal's. */
    public String kind() {
        return sourceKind == null ? "PROPOSAL" : sourceKind;
    }

    /** The date the department's current clock runs to: the reply for a lead or separate, the opinion for a co. */
    public LocalDate dueOn() {
        return "CO".equals(role) ? coHandlerOpinionDue : replyDue;
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** The fold's working copy; {@link HandlingFold} is its only user. */
    static final class Builder {
        String handlingId;
        String proposalId;
        String sourceKind;
        String department;
        String role;
        String leadHandlingId;
        String status;
        LocalDate assignedOn;
        List<String> evaluators = List.of();
        boolean keyProposal;
        LocalDate returnWindowEnds;
        LocalDate preHandlingContactDue;
        LocalDate coHandlerOpinionDue;
        LocalDate replyDue;
        LocalDate reminderOn;
        Instant receivedAt;
        LocalDate pausedOn;
        int returnRequests;
        int workingDaysPaused;
        String reassignedTo;
        LocalDate contactedOn;
        boolean contactLate;
        List<CoHandlerOpinion> coHandlerOpinions = List.of();
        LocalDate opinionSentOn;
        boolean opinionLate;
        Period extensionRequested;
        Period totalExtension;
        int round;
        String outcome;
        String replyText;
        LocalDate repliedOn;
        LocalDate firstRepliedOn;
        boolean late;
        Boolean firstReplyLate;
        LocalDate evaluationWindowEnds;
        List<EvaluationEntry> evaluations = List.of();
        List<String> notEvaluated = List.of();
        boolean markedOverdue;
        boolean escalated;
        Instant closedAt;
        String returnReason;
        String suggestedDepartment;
        String returnNote;
        String contactMethod;
        String contactNotes;
        String opinionText;
        String extensionReason;
        List<ReplyEntry> replies = List.of();
        long version;

        Builder() {}

        Builder(HandlingView v) {
            handlingId = v.handlingId;
            proposalId = v.proposalId;
            sourceKind = v.sourceKind;
            department = v.department;
            role = v.role;
            leadHandlingId = v.leadHandlingId;
            status = v.status;
            assignedOn = v.assignedOn;
            evaluators = v.evaluators;
            keyProposal = v.keyProposal;
            returnWindowEnds = v.returnWindowEnds;
            preHandlingContactDue = v.preHandlingContactDue;
            coHandlerOpinionDue = v.coHandlerOpinionDue;
            replyDue = v.replyDue;
            reminderOn = v.reminderOn;
            receivedAt = v.receivedAt;
            pausedOn = v.pausedOn;
            returnRequests = v.returnRequests;
            workingDaysPaused = v.workingDaysPaused;
            reassignedTo = v.reassignedTo;
            contactedOn = v.contactedOn;
            contactLate = v.contactLate;
            coHandlerOpinions = v.coHandlerOpinions;
            opinionSentOn = v.opinionSentOn;
            opinionLate = v.opinionLate;
            extensionRequested = v.extensionRequested;
            totalExtension = v.totalExtension;
            round = v.round;
            outcome = v.outcome;
            replyText = v.replyText;
            repliedOn = v.repliedOn;
            firstRepliedOn = v.firstRepliedOn;
            late = v.late;
            firstReplyLate = v.firstReplyLate;
            evaluationWindowEnds = v.evaluationWindowEnds;
            evaluations = v.evaluations;
            notEvaluated = v.notEvaluated;
            markedOverdue = v.markedOverdue;
            escalated = v.escalated;
            closedAt = v.closedAt;
            returnReason = v.returnReason;
            suggestedDepartment = v.suggestedDepartment;
            returnNote = v.returnNote;
            contactMethod = v.contactMethod;
            contactNotes = v.contactNotes;
            opinionText = v.opinionText;
            extensionReason = v.extensionReason;
            // a document stored before replies were kept has none
            replies = v.replies == null ? List.of() : v.replies;
            version = v.version;
        }

        HandlingView build() {
            return new HandlingView(
                    handlingId,
                    proposalId,
                    sourceKind,
                    department,
                    role,
                    leadHandlingId,
                    status,
                    assignedOn,
                    List.copyOf(evaluators),
                    keyProposal,
                    returnWindowEnds,
                    preHandlingContactDue,
                    coHandlerOpinionDue,
                    replyDue,
                    reminderOn,
                    receivedAt,
                    pausedOn,
                    returnRequests,
                    workingDaysPaused,
                    reassignedTo,
                    contactedOn,
                    contactLate,
                    List.copyOf(coHandlerOpinions),
                    opinionSentOn,
                    opinionLate,
                    extensionRequested,
                    totalExtension,
                    round,
                    outcome,
                    replyText,
                    repliedOn,
                    firstRepliedOn,
                    late,
                    firstReplyLate,
                    evaluationWindowEnds,
                    List.copyOf(evaluations),
                    List.copyOf(notEvaluated),
                    markedOverdue,
                    escalated,
                    closedAt,
                    returnReason,
                    suggestedDepartment,
                    returnNote,
                    contactMethod,
                    contactNotes,
                    opinionText,
                    extensionReason,
                    List.copyOf(replies),
                    version);
        }
    }
}
