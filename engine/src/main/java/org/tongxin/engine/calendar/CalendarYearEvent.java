package org.tongxin.engine.calendar;

public sealed interface CalendarYearEvent permits CalendarYearRevised, CalendarYearConfirmed {

    CalendarYearKey key();
}
