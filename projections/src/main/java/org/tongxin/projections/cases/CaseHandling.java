package org.tongxin.projections.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.tongxin.projections.handling.CoHandlerOpinion;
import org.tongxin.projections.handling.EvaluationEntry;
import org.tongxin.projections.handling.HandlingClock;
import org.tongxin.projections.handling.HandlingView;
import org.tongxin.projections.handling.ReplyEntry;

/**
 * One department's handling within a case, with its clock on the day the case is looked at, and the texts an
 * officer decides on: the return reason, the pre-handling contact, co-handlers' opinions, every reply and evaluation.
 */
public record CaseHandling(
        String handlingId,
        String department,
        String role,
        String status,
        LocalDate assignedOn,
        LocalDate dueOn,
        Integer workingDaysLeft,
        boolean paused,
        boolean overdue,
        int returnRequests,
        int round,
        String outcome,
        LocalDate repliedOn,
        boolean late,
        String replyText,
        boolean escalated,
        List<EvaluationEntry> evaluations,
        String returnReason,
        String suggestedDepartment,
        String returnNote,
        String reassignedTo,
        LocalDate contactedOn,
        String contactMethod,
        String contactNotes,
        List<CoHandlerOpinion> coHandlerOpinions,
        String opinionText,
        LocalDate opinionSentOn,
        Period extensionRequested,
        String extensionReason,
        Period totalExtension,
        List<ReplyEntry> replies) {

    static CaseHandling of(HandlingView h, HandlingClock clock) {
        return new CaseHandling(
                h.handlingId(),
                h.department(),
                h.role(),
                h.status(),
                h.assignedOn(),
                clock.dueOn(),
                clock.workingDaysLeft(),
                clock.paused(),
                clock.overdue(),
                h.returnRequests(),
                h.round(),
                h.outcome(),
                h.repliedOn(),
                h.late(),
                h.replyText(),
                h.escalated(),
                h.evaluations(),
                h.returnReason(),
                h.suggestedDepartment(),
                h.returnNote(),
                h.reassignedTo(),
                h.contactedOn(),
                h.contactMethod(),
                h.contactNotes(),
                h.coHandlerOpinions(),
                h.opinionText(),
                h.opinionSentOn(),
                h.extensionRequested(),
                h.extensionReason(),
                h.totalExtension(),
                h.replies() == null ? List.of() : h.replies());
    }

    /** The same handling with nothing but its department, role, status and clock: for another department's reader. */
    public CaseHandling withoutTexts() {
        return new CaseHandling(
                handlingId,
                department,
                role,
                status,
                assignedOn,
                dueOn,
                workingDaysLeft,
                paused,
                overdue,
                returnRequests,
                round,
                outcome,
                repliedOn,
                late,
                null,
                escalated,
                List.of(),
                null,
                null,
                null,
                reassignedTo,
                contactedOn,
                contactMethod,
                null,
                List.of(),
                null,
                opinionSentOn,
                extensionRequested,
                null,
                totalExtension,
                List.of());
    }
}
