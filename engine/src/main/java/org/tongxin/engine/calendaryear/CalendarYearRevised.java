package org.tongxin.engine.calendaryear;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.calendar.CalendarEntry;
import org.tongxin.engine.shared.ActorRef;

/**
 * A year's days as saved; the year is provisional again until someone confirms this revision.
 *
 * @param revision 1 for the first save, one more for each later one
 */
@Revision("1")
public record CalendarYearRevised(
        CalendarYearKey key,
        int revision,
        String source,
        List<CalendarEntry> holidays,
        List<CalendarEntry> workdays,
        ActorRef revisedBy,
        Instant revisedAt)
        implements CalendarYearEvent {}
