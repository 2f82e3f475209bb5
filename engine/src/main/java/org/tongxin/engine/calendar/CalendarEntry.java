package org.tongxin.engine.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a year's arrangement: the days {@code from} to {@code to}, both included, with what they are for
 * ({@code 春节}, {@code 国庆节调休}).
 */
public record CalendarEntry(LocalDate from, LocalDate to, String label) {

    public CalendarEntry {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        label = label == null ? "" : label.strip();
    }

    public static CalendarEntry day(LocalDate day, String label) {
        return new CalendarEntry(day, day, label);
    }
}
