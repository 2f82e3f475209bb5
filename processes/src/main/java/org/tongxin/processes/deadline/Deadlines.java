package org.tongxin.processes.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
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

    private final DeadlinePolicy policy;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public Deadlines(DeadlinePolicy policy, WorkingDayCalendar calendar, ZoneId zone) {
        this.policy = policy;
        this.calendar = calendar;
        this.zone = zone;
    }

    /** By when the office classifies a clue registered today. */
    public Date clueClassificationDue() {
        return endOf(policy.classificationDue(today(), calendar));
    }

    LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    }

    private Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(zone).toInstant());
    }
}
