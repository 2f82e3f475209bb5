package org.tongxin.projections.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One department's handling of one suggestion and its answer. {@code handlingStatus}, {@code replyDue} and
 * {@code overdue} are read from the handlings' read model when the topic is read, never stored here.
 */
public record AnswerView(
        String handlingId,
        String department,
        String adoption,
        String measures,
        LocalDate plannedOn,
        String reason,
        Instant answeredAt,
        List<String> askedAgain,
        String handlingStatus,
        LocalDate replyDue,
        boolean overdue) {

    public AnswerView {
        askedAgain = askedAgain == null ? List.of() : List.copyOf(askedAgain);
    }

    static AnswerView transferred(String handlingId, String department) {
        return new AnswerView(handlingId, department, null, null, null, null, null, List.of(), null, null, false);
    }

    public boolean answered() {
        return adoption != null;
    }

    AnswerView answer(String adoption, String measures, LocalDate plannedOn, String reason, Instant at) {
        return new AnswerView(
                handlingId,
                department,
                adoption,
                measures,
                plannedOn,
                reason,
                at,
                askedAgain,
                handlingStatus,
                replyDue,
                overdue);
    }

    AnswerView askedAgain(String note) {
        List<String> notes = new ArrayList<>(askedAgain);
        notes.add(note);
        return new AnswerView(
                handlingId,
                department,
                adoption,
                measures,
                plannedOn,
                reason,
                answeredAt,
                notes,
                handlingStatus,
                replyDue,
                overdue);
    }

    AnswerView withHandling(String status, LocalDate due, LocalDate today) {
        boolean late = !answered() && due != null && due.isBefore(today);
        return new AnswerView(
                handlingId,
                department,
                adoption,
                measures,
                plannedOn,
                reason,
                answeredAt,
                askedAgain,
                status,
                due,
                late);
    }
}
