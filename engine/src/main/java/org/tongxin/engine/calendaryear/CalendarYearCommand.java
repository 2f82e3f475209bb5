package org.tongxin.engine.calendaryear;

import org.tongxin.engine.shared.Command;

public sealed interface CalendarYearCommand extends Command permits ReviseCalendarYear, ConfirmCalendarYear {

    CalendarYearKey key();
}
