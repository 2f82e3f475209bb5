package org.tongxin.engine.calendaryear;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A designer confirms that the saved revision is the State Council's notice: the year is no longer provisional. */
public record ConfirmCalendarYear(@TargetAggregateIdentifier CalendarYearKey key, int readRevision, ActorRef by)
        implements CalendarYearCommand {}
