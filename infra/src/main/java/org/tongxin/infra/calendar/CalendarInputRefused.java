package org.tongxin.infra.calendar;

import java.util.List;
import org.tongxin.engine.calendar.CalendarEntries;

/** A year's days that break a rule, refused before anything was saved; the API and the page word each problem. */
class CalendarInputRefused extends RuntimeException {

    private final transient List<CalendarEntries.Problem> problems;

    CalendarInputRefused(List<CalendarEntries.Problem> problems) {
        super(problems.size() + " problems in the calendar year");
        this.problems = List.copyOf(problems);
    }

    List<CalendarEntries.Problem> problems() {
        return problems;
    }
}
