package org.tongxin.projections.handling;

import java.time.LocalDate;
import java.util.Set;
import org.tongxin.engine.calendar.WorkingDayCalendar;

/**
 * The fields of a handling that depend on the day they are looked at. {@code workingDaysLeft} counts working days
 * from that day to the due date (negative once past it); while a return request stands the clock stands still, so it
 * counts from the day the pause began. Null when nothing is awaited from the department.
 */
public record HandlingClock(
        LocalDate dueOn, Integer workingDaysLeft, boolean awaiting, boolean paused, boolean overdue) {

    /** Statuses in which the department still owes its reply (or, for a co-handler, its opinion). */
    private static final Set<String> AWAITING = Set.of("ASSIGNED", "IN_PROGRESS", "RETURN_REQUESTED", "REHANDLING");

    public static HandlingClock of(HandlingView view, LocalDate today, WorkingDayCalendar calendar) {
        boolean awaiting =
                AWAITING.contains(view.status()) && !("CO".equals(view.role()) && view.opinionSentOn() != null);
        boolean paused = "RETURN_REQUESTED".equals(view.status());
        LocalDate due = view.dueOn();
        if (!awaiting || due == null) {
            return new HandlingClock(due, null, awaiting, paused, false);
        }
        LocalDate from = paused && view.pausedOn() != null ? view.pausedOn() : today;
        int left = calendar.workingDaysBetween(from, due);
        boolean overdue = !paused && (today.isAfter(due) || view.markedOverdue());
        return new HandlingClock(due, left, true, paused, overdue);
    }
}
