package org.tongxin.engine.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The due date of a handling step whose clock can stop. While the office arbitrates a department's return request
 * (退回), the department's return window and reply clock must not run against it; on resuming, the due date moves
 * forward by exactly the working days the clock stood still, so the department has as many working days left as it
 * had when the clock stopped.
 *
 * <p>"Working days left on a day" means the working days after that day up to and including the due date: 0 on the
 * due date itself. The day of the pause counts as spent by the running clock and the day of the resumption as spent
 * by the pause, so no working day is counted twice or lost. An immutable value: every operation returns a new clock.
 * The calendar is passed in rather than held, so a clock stored in an aggregate's state always counts on the current
 * calendar (a provisional year may be replaced by the official notice while the clock runs).
 *
 * @param dueDate the last day on which the step is on time; while paused, the due date as if resumed on the pause day
 * @param pausedOn the day the clock was paused, or null while it runs
 */
public record DeadlineClock(LocalDate dueDate, LocalDate pausedOn) {

    public DeadlineClock {
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** A running clock that ends {@code workingDays} working days after {@code startedOn}. */
    public static DeadlineClock start(LocalDate startedOn, int workingDays, WorkingDayCalendar calendar) {
        return new DeadlineClock(calendar.addWorkingDays(startedOn, workingDays), null);
    }

    /** A running clock with a due date computed elsewhere, e.g. a reply due three months after assignment. */
    public static DeadlineClock dueOn(LocalDate dueDate) {
        return new DeadlineClock(dueDate, null);
    }

    public boolean isPaused() {
        return pausedOn != null;
    }

    /** @throws IllegalStateException when the clock is already paused */
    public DeadlineClock pause(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (isPaused()) {
            throw new IllegalStateException("the clock has been paused since " + pausedOn);
        }
        return new DeadlineClock(dueDate, on);
    }

    /**
     * Runs the clock again, its due date moved by the working days in {@code (pausedOn, on]}.
     *
     * @throws IllegalStateException when the clock is running
     * @throws IllegalArgumentException when {@code on} is before the day the clock was paused
     */
    public DeadlineClock resume(LocalDate on, WorkingDayCalendar calendar) {
        Objects.requireNonNull(on, "on");
        if (!isPaused()) {
            throw new IllegalStateException("the clock is not paused");
        }
        if (on.isBefore(pausedOn)) {
            throw new IllegalArgumentException("cannot resume on " + on + ", before the pause on " + pausedOn);
        }
        int stood = calendar.workingDaysBetween(pausedOn, on);
        // addWorkingDays(d, 0) would roll a non-working due date forward; a pause without working days changes nothing.
        LocalDate moved = stood == 0 ? dueDate : calendar.addWorkingDays(dueDate, stood);
        return new DeadlineClock(moved, null);
    }

    /**
     * The working days after {@code today} up to and including the due date; while paused, as of the pause day. It is
     * 0 on the due date and stays 0 over the non-working days right after it, so use {@link #isOverdue} to decide
     * lateness; it turns negative on the first working day past the due date.
     */
    public int workingDaysLeft(LocalDate today, WorkingDayCalendar calendar) {
        return calendar.workingDaysBetween(isPaused() ? pausedOn : today, dueDate);
    }

    /** Whether {@code today} is past the due date; a paused clock is never overdue. */
    public boolean isOverdue(LocalDate today) {
        return !isPaused() && today.isAfter(dueDate);
    }
}
