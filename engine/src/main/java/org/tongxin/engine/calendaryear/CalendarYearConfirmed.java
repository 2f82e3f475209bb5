package org.tongxin.engine.calendaryear;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** The year's saved revision is the official arrangement; deadlines in it are no longer marked provisional. */
@Revision("1")
public record CalendarYearConfirmed(CalendarYearKey key, int revision, ActorRef confirmedBy, Instant confirmedAt)
        implements CalendarYearEvent {}
