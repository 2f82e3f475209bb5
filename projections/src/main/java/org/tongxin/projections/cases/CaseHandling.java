package org.tongxin.projections.cases;

import java.time.LocalDate;
import java.util.List;
import org.tongxin.projections.handling.EvaluationEntry;
import org.tongxin.projections.handling.HandlingClock;
import org.tongxin.projections.handling.HandlingView;

/** One department's handling within a case, with its clock on the day the case is looked at. */
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
        List<EvaluationEntry> evaluations) {

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
                h.evaluations());
    }
}
