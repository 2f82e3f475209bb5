package org.tongxin.engine.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tongxin.engine.calendar.WorkingDayCalendar;

/**
 * Counts how many past handlings would have been overdue under candidate rules, beside how many are under today's: "with
 * a 2-month reply deadline, 37 of last year's 412 handlings would have been overdue (today 12)". Both sides are
 * computed the same way from the same history, so the difference is the rules' alone: a handling is overdue when its
 * first reply came after the reply due date, or has not come and {@code asOf} is past it. Extensions granted at the
 * time are left out on both sides, since under other rules nobody can say whether they would have been asked for.
 *
 * @param today the rules in force and the calendar maintained now
 * @param candidate the rules and calendar to try
 */
public record DeadlineWhatIf(Rules today, Rules candidate) {

    /** A policy together with the calendar it counts on. */
    public record Rules(DeadlinePolicy policy, WorkingDayCalendar calendar) {

        public Rules {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(calendar, "calendar");
        }

        LocalDate replyDue(PastHandling handling) {
            return policy.replyDue(handling.assignedOn(), handling.keyProposal(), calendar);
        }
    }

    /** One department's figures, or the total when {@code department} is null. */
    public record Row(String department, int handlings, int overdueToday, int overdueCandidate) {

        Row plus(boolean today, boolean candidate) {
            return new Row(
                    department, handlings + 1, overdueToday + (today ? 1 : 0), overdueCandidate + (candidate ? 1 : 0));
        }
    }

    /** The comparison: one row per department (by code, ascending) and the total. */
    public record Comparison(List<Row> departments, Row total) {}

    public DeadlineWhatIf {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(candidate, "candidate");
    }

    public Comparison compare(List<PastHandling> history, LocalDate asOf) {
        Map<String, Row> byDepartment = new TreeMap<>();
        Row total = new Row(null, 0, 0, 0);
        for (PastHandling handling : history) {
            boolean overdueToday = overdue(handling, today.replyDue(handling), asOf);
            boolean overdueCandidate = overdue(handling, candidate.replyDue(handling), asOf);
            byDepartment.merge(
                    handling.department(),
                    new Row(handling.department(), 0, 0, 0).plus(overdueToday, overdueCandidate),
                    (a, b) -> new Row(
                            a.department(),
                            a.handlings() + b.handlings(),
                            a.overdueToday() + b.overdueToday(),
                            a.overdueCandidate() + b.overdueCandidate()));
            total = total.plus(overdueToday, overdueCandidate);
        }
        return new Comparison(new ArrayList<>(byDepartment.values()), total);
    }

    private static boolean overdue(PastHandling handling, LocalDate due, LocalDate asOf) {
        LocalDate answered = handling.repliedOn();
        return answered != null ? answered.isAfter(due) : asOf.isAfter(due);
    }
}
