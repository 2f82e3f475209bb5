package org.tongxin.engine.calendar;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The calendar deadlines count on now. Designers change a year's days while the application runs, so the components
 * that compute deadlines hold this and ask it each time rather than keep a calendar of their own; a change replaces
 * the whole immutable calendar at once, so a computation never sees half a year.
 */
public final class LiveCalendar implements Supplier<WorkingDayCalendar> {

    private final AtomicReference<WorkingDayCalendar> current;

    public LiveCalendar(WorkingDayCalendar initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** A holder that always answers {@code calendar}, for tests and tools. */
    public static LiveCalendar fixed(WorkingDayCalendar calendar) {
        return new LiveCalendar(calendar);
    }

    @Override
    public WorkingDayCalendar get() {
        return current.get();
    }

    public void replace(WorkingDayCalendar calendar) {
        current.set(Objects.requireNonNull(calendar, "calendar"));
    }
}
