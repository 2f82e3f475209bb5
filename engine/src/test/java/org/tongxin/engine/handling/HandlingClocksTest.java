package org.tongxin.engine.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongxin.engine.handling.HandlingMother.ASSIGNED_ON;
import static org.tongxin.engine.handling.HandlingMother.CONTACT_DUE;
import static org.tongxin.engine.handling.HandlingMother.OPINION_DUE;
import static org.tongxin.engine.handling.HandlingMother.REMINDER_ON;
import static org.tongxin.engine.handling.HandlingMother.REPLY_DUE;
import static org.tongxin.engine.handling.HandlingMother.RETURN_WINDOW_ENDS;
import static org.tongxin.engine.handling.HandlingMother.leadOpened;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.RuleViolation;

class HandlingClocksTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();
    private static final DeadlinePolicy POLICY = DeadlinePolicy.defaults();

    @Test
    void aLeadGetsAReplyDueDateAndItsReminderAndWaitsForOpinionsOnlyWhenItExpectsSome() {
        HandlingClocks.Opening none =
                HandlingClocks.opening(ASSIGNED_ON, HandlingRole.LEAD, false, 0, POLICY, CALENDAR);
        HandlingClocks.Opening two = HandlingClocks.opening(ASSIGNED_ON, HandlingRole.LEAD, false, 2, POLICY, CALENDAR);

        assertThat(none)
                .isEqualTo(new HandlingClocks.Opening(
                        RETURN_WINDOW_ENDS, CONTACT_DUE, null, null, REPLY_DUE, REMINDER_ON));
        assertThat(two.opinionsDue()).isEqualTo(OPINION_DUE);
    }

    @Test
    void aCoHandlerGetsAnOpinionDueDateAndNoReplyDueDate() {
        HandlingClocks.Opening co = HandlingClocks.opening(ASSIGNED_ON, HandlingRole.CO, false, 0, POLICY, CALENDAR);

        assertThat(co.coHandlerOpinionDue()).isEqualTo(OPINION_DUE);
        assertThat(co.opinionsDue()).isNull();
        assertThat(co.replyDue()).isNull();
        assertThat(co.reminderOn()).isNull();
    }

    @Test
    void aPauseMovesEveryRunningClockByTheWorkingDaysItStoodStill() {
        HandlingClocks paused = HandlingClocks.opened(leadOpened()).paused(LocalDate.of(2026, 3, 4));

        // Wednesday 4 to Monday 9 March: the 5th, 6th and 9th stood still.
        HandlingClocks.Resumption resumed = paused.resumption(LocalDate.of(2026, 3, 9), POLICY, CALENDAR);

        assertThat(resumed.workingDaysPaused()).isEqualTo(3);
        assertThat(resumed.contactDue()).isEqualTo(CALENDAR.addWorkingDays(CONTACT_DUE, 3));
        assertThat(resumed.replyDue()).isEqualTo(CALENDAR.addWorkingDays(REPLY_DUE, 3));
        assertThat(resumed.reminderOn()).isEqualTo(POLICY.reminderOn(resumed.replyDue()));
        assertThat(resumed.opinionDue()).isNull();
    }

    @Test
    void extensionsPastTheCapAreRefusedWithTheirRule() {
        HandlingClocks clocks = HandlingClocks.opened(leadOpened());

        assertThat(clocks.extendedReplyDue(Period.ofMonths(3), POLICY, CALENDAR))
                .isEqualTo(CALENDAR.addPeriod(ASSIGNED_ON, Period.ofMonths(6)));
        assertThatThrownBy(() -> clocks.extendedReplyDue(Period.ofMonths(4), POLICY, CALENDAR))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code())
                        .isEqualTo(HandlingRule.EXTENSION_BEYOND_CAP.code()));
    }

    @Test
    void theReminderAndTheOverdueMarkAreKeyedByTheDueDateTheyWereDoneFor() {
        HandlingClocks done =
                HandlingClocks.opened(leadOpened()).reminded(REPLY_DUE).markedOverdue(REPLY_DUE);
        assertThat(done.reminderSent()).isTrue();
        assertThat(done.overdueMarked()).isTrue();

        HandlingClocks rehandled = done.rehandled(HandlingMother.rehandleStarted());

        assertThat(rehandled.reminderSent()).isFalse();
        assertThat(rehandled.overdueMarked()).isFalse();
        assertThat(rehandled.replyDue()).isEqualTo(HandlingMother.REHANDLE_REPLY_DUE);
    }
}
