package org.tongxin.engine.calendaryear;

public sealed interface CalendarYearEvent permits CalendarYearRevised, CalendarYearConfirmed {

    CalendarYearKey key();
}
