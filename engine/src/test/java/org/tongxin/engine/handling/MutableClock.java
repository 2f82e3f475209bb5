package org.tongxin.engine.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock the test moves between steps. Axon's fixture injects resources once, so a handling followed over months
 * needs one clock object whose time changes rather than a new fixed clock per step.
 */
final class MutableClock extends Clock {

    /** Mid-morning, so that the instant and the committee's date agree however the zone is read. */
    private static final LocalTime WORKING_HOURS = LocalTime.of(10, 0);

    private final ZoneId zone;
    private Instant instant;

    MutableClock(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /** Moves to 10:00 on the day, in the clock's zone. */
    void setDate(LocalDate day) {
        instant = at(day, zone);
    }

    static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(WORKING_HOURS).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(instant, other);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
