package org.tongxin.engine.calendaryear;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.calendar.CalendarEntry;
import org.tongxin.engine.shared.ActorRef;

/**
 * A designer replaces a year's holidays and make-up workdays. {@code readRevision} is the revision the designer's
 * page showed (0 for the bundled data never saved), so two people editing the same year cannot overwrite each other.
 */
public record ReviseCalendarYear(
        @TargetAggregateIdentifier CalendarYearKey key,
        int readRevision,
        String source,
        List<CalendarEntry> holidays,
        List<CalendarEntry> workdays,
        ActorRef by)
        implements CalendarYearCommand {

    public ReviseCalendarYear {
        holidays = List.copyOf(holidays);
        workdays = List.copyOf(workdays);
    }
}
