package org.tongxin.engine.calendar;

import org.tongxin.engine.shared.Command;

public sealed interface CalendarYearCommand extends Command permits ReviseCalendarYear, ConfirmCalendarYear {

    CalendarYearKey key();
}
