package org.tongxin.engine.calendaryear;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class CalendarYearAggregate {

    private CalendarYearAggregate() {}

    public static Class<?> type() {
        return WorkingCalendarYear.class;
    }
}
