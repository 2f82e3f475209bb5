package org.tongxin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeadlineClockTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aFiveWorkingDayWindowStartedBeforeSpringFestival2026EndsAfterIt() {
        // Feb 11, 12, 13, Sat 14 (worked), then Tue 24 after the break.
        DeadlineClock clock = DeadlineClock.start(date("2026-02-10"), 5, CALENDAR);

        assertThat(clock.dueDate()).isEqualTo(date("2026-02-24"));
        assertThat(clock.isPaused()).isFalse();
        assertThat(clock.workingDaysLeft(date("2026-02-13"), CALENDAR)).isEqualTo(2);
        assertThat(clock.workingDaysLeft(date("2026-02-24"), CALENDAR))
                .as("the due date")
                .isZero();
    }

    @Test
    void aReturnArbitratedOverSpringFestival2026MovesTheWindowToTheLaterMakeUpSaturday() {
        DeadlineClock running = DeadlineClock.start(date("2026-02-10"), 5, CALENDAR);

        DeadlineClock paused = running.pause(date("2026-02-12"));
        // Left as of Thu Feb 12: Feb 13, Sat 14 and Tue 24.
        assertThat(paused.workingDaysLeft(date("2026-02-20"), CALENDAR))
                .as("frozen")
                .isEqualTo(3);
        assertThat(paused.isPaused()).isTrue();

        // Paused over Feb 13, 14, 24 and 25: the due date moves four working days past Feb 24: 25, 26, 27, Sat 28.
        DeadlineClock resumed = paused.resume(date("2026-02-25"), CALENDAR);
        assertThat(resumed.dueDate()).isEqualTo(date("2026-02-28"));
        assertThat(resumed.workingDaysLeft(date("2026-02-25"), CALENDAR)).isEqualTo(3);
        assertThat(resumed.isPaused()).isFalse();
    }

    @Test
    void aPauseOverOnlyNonWorkingDaysLeavesTheDueDateAlone() {
        DeadlineClock clock = DeadlineClock.dueOn(date("2026-10-16"))
                .pause(date("2026-09-30"))
                .resume(date("2026-10-07"), CALENDAR);

        assertThat(clock.dueDate()).isEqualTo(date("2026-10-16"));
    }

    @Test
    void aDueDateOnAHolidayIsKeptWhenNoWorkingDayPassesWhilePaused() {
        DeadlineClock clock = DeadlineClock.dueOn(date("2026-10-03"))
                .pause(date("2026-09-30"))
                .resume(date("2026-09-30"), CALENDAR);

        assertThat(clock.dueDate()).isEqualTo(date("2026-10-03"));
    }

    @Test
    void theClockIsOverdueOnlyAfterTheDueDateAndNeverWhilePaused() {
        DeadlineClock clock = DeadlineClock.dueOn(date("2026-02-13"));

        assertThat(clock.isOverdue(date("2026-02-13"))).isFalse();
        assertThat(clock.isOverdue(date("2026-02-14"))).isTrue();
        assertThat(clock.workingDaysLeft(date("2026-02-24"), CALENDAR)).isEqualTo(-2);
        assertThat(clock.pause(date("2026-02-13")).isOverdue(date("2026-03-01")))
                .isFalse();
    }

    @Test
    void pausingTwiceResumingARunningClockOrResumingBeforeThePauseAreRefused() {
        DeadlineClock running = DeadlineClock.dueOn(date("2026-03-31"));
        DeadlineClock paused = running.pause(date("2026-03-10"));

        assertThatThrownBy(() -> paused.pause(date("2026-03-11"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> running.resume(date("2026-03-11"), CALENDAR))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> paused.resume(date("2026-03-09"), CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pausingAndResumingNeverLosesOrGainsWorkingDays() {
        for (long seed = 0; seed < 2_000; seed++) {
            Random random = new Random(seed);
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3 * 365));
            int workingDays = 1 + random.nextInt(90);
            DeadlineClock clock = DeadlineClock.start(start, workingDays, CALENDAR);
            LocalDate day = start;
            int stood = 0;
            for (int pauses = 1 + random.nextInt(3); pauses > 0; pauses--) {
                // Pauses may begin after the due date too: an overdue clock must keep its deficit as well.
                LocalDate pausedOn = day.plusDays(random.nextInt(60));
                LocalDate resumedOn = pausedOn.plusDays(random.nextInt(45));
                int leftAtPause = clock.workingDaysLeft(pausedOn, CALENDAR);

                DeadlineClock paused = clock.pause(pausedOn);
                clock = paused.resume(resumedOn, CALENDAR);

                assertThat(paused.workingDaysLeft(resumedOn, CALENDAR))
                        .as("seed %d: frozen while paused", seed)
                        .isEqualTo(leftAtPause);
                assertThat(clock.workingDaysLeft(resumedOn, CALENDAR))
                        .as("seed %d: paused %s, resumed %s", seed, pausedOn, resumedOn)
                        .isEqualTo(leftAtPause);
                stood += CALENDAR.workingDaysBetween(pausedOn, resumedOn);
                day = resumedOn;
            }
            assertThat(CALENDAR.workingDaysBetween(start, clock.dueDate()))
                    .as("seed %d: the allowance plus exactly the working days paused", seed)
                    .isEqualTo(workingDays + stood);
        }
    }
}
