package org.tongxin.projections.consultation;

import java.time.LocalDate;

/** Scheduled meetings on or after {@code from}, soonest first, at most {@code limit}: the calendar. */
public record ListUpcomingMeetings(LocalDate from, int limit) {}
