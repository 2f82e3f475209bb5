package org.tongxin.processes.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxin.engine.calendar.LiveCalendar;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.ReportPolicy;

/** The office's review window of a report submitted on a day, and its reminder day, in working days. */
@Component
public class ReviewWindow {

    private final ReportPolicy policy;
    private final Supplier<WorkingDayCalendar> calendar;

    /** A review window on a calendar that never changes, for tests. */
    public ReviewWindow(ReportPolicy policy, WorkingDayCalendar calendar) {
        // a supplier, not a holder: a test may build the window before its calendar, which it never reads then
        this.policy = policy;
        this.calendar = () -> calendar;
    }

    @Autowired
    public ReviewWindow(ReportPolicy policy, LiveCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    /** The process variables of a review starting on {@code submittedOn}. */
    public Map<String, Object> variables(LocalDate submittedOn) {
        LocalDate due = calendar.get().addWorkingDays(submittedOn, policy.reviewWorkingDays());
        LocalDate remind = calendar.get()
                .addWorkingDays(submittedOn, policy.reviewWorkingDays() - policy.reviewReminderWorkingDays());
        return Map.of(
                OpinionReportProcess.VAR_REVIEW_DUE, due.toString(),
                OpinionReportProcess.VAR_REVIEW_REMIND_ON, remind.toString());
    }
}
