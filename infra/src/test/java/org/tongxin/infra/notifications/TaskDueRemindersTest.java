package org.tongxin.infra.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.WorkingDayCalendar;

/** "Due within N working days" counts working days of the committee's calendar, from a fixed day. */
class TaskDueRemindersTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();
    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    void threeWorkingDaysFromAFridayReachTheNextWednesdayAcrossTheWeekend() {
        assertThat(TaskDueReminders.dueWithin(FRIDAY, LocalDate.of(2026, 12, 9), 3, CALENDAR))
                .isTrue();
        assertThat(TaskDueReminders.dueWithin(FRIDAY, LocalDate.of(2026, 12, 10), 3, CALENDAR))
                .isFalse();
        assertThat(TaskDueReminders.dueWithin(FRIDAY, LocalDate.of(2026, 12, 10), 4, CALENDAR))
                .isTrue();
    }

    @Test
    void aTaskDueTodayIsDueSoonAndOneOverdueIsNot() {
        assertThat(TaskDueReminders.dueWithin(FRIDAY, FRIDAY, 1, CALENDAR)).isTrue();
        assertThat(TaskDueReminders.dueWithin(FRIDAY, FRIDAY.minusDays(1), 3, CALENDAR))
                .isFalse();
    }

    @Test
    void theDetailKeepsTheTaskAndItsDueDateApart() {
        String detail = TaskDueReminders.detail("Task_ReplyToProposal", LocalDate.of(2026, 12, 9));
        assertThat(TaskDueReminders.parts(detail)).containsExactly("Task_ReplyToProposal", "2026-12-09");
    }
}
