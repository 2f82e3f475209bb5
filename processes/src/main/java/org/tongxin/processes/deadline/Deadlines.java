package org.tongxin.processes.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxin.engine.calendar.LiveCalendar;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;

/**
 * The {@code ${deadlines.…}} bean of the BPMN files: due dates and timer dates come from here, never from literals
 * in a diagram, so a committee's own rules and the holiday calendar apply everywhere. "Now" is Camunda's clock, so
 * process tests that move the engine clock move the deadlines with it. A day's deadline is the end of that day in
 * the committee's time zone.
 */
@Component("deadlines")
public class Deadlines {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final LocalTime AFTER_MIDNIGHT = LocalTime.of(0, 5);
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final DeadlinePolicy policy;
    /** Asked on every computation: designers change the calendar while the application runs. */
    private final Supplier<WorkingDayCalendar> calendar;

    private final ZoneId zone;

    @Autowired
    public Deadlines(DeadlinePolicy policy, LiveCalendar calendar, ZoneId zone) {
        this.policy = policy;
        this.calendar = calendar;
        this.zone = zone;
    }

    /** Deadlines on a calendar that never changes, for tests. */
    public Deadlines(DeadlinePolicy policy, WorkingDayCalendar calendar, ZoneId zone) {
        this(policy, LiveCalendar.fixed(calendar), zone);
    }

    /** By when the office classifies a clue registered today. */
    public Date clueClassificationDue() {
        return endOfDay(policy.classificationDue(today(), calendar.get()));
    }

    /** A task due on a day is due by the end of that day ({@code dueDate} of user tasks). */
    public Date endOf(Object day) {
        return endOfDay(date(day));
    }

    /**
     * When a timer about a deadline fires: just after the day is over, because the domain counts a deadline as
     * missed only from the next day on (a mark made on the due day itself would be refused and retried).
     */
    public Date dayAfter(Object day) {
        return Date.from(
                date(day).plusDays(1).atTime(AFTER_MIDNIGHT).atZone(zone).toInstant());
    }

    /** A reminder goes out in office hours on its day. */
    public Date morningOf(Object day) {
        return Date.from(date(day).atTime(MORNING).atZone(zone).toInstant());
    }

    /**
     * How long a lead department waits for its co-handlers' opinions, from the day of assignment. No current diagram
     * computes this date (the lead's {@code opinionsDue} comes off {@code HandlingOpened}); it stays for instances
     * still running on a department-handling version deployed before, whose timer calls it.
     */
    public String coHandlerOpinionDue(Object assignedOn) {
        return policy.coHandlerOpinionDue(date(assignedOn), calendar.get()).toString();
    }

    public int maxRehandles() {
        return policy.maxRehandles();
    }

    /** Variables hold dates as ISO text ({@code 2026-06-02}); a {@link LocalDate} is accepted as well. */
    static LocalDate date(Object day) {
        if (day instanceof LocalDate d) {
            return d;
        }
        if (day instanceof String s) {
            return LocalDate.parse(s);
        }
        throw new IllegalArgumentException("not a date: " + day);
    }

    LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    }

    private Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(zone).toInstant());
    }
}
