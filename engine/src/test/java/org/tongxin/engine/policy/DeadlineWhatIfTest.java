package org.tongxin.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.CalendarYear;
import org.tongxin.engine.calendar.WorkingDayCalendar;

/** Candidate deadline rules tried on a hand-made history whose answer is worked out by hand in each test. */
class DeadlineWhatIfTest {

    private static final WorkingDayCalendar MONDAY_TO_FRIDAY = WorkingDayCalendar.of();
    private static final DeadlinePolicy THREE_MONTHS = DeadlinePolicy.defaults();
    private static final DeadlinePolicy TWO_MONTHS =
            DeadlinePolicy.defaults().withReply(Period.ofMonths(2), Period.ofMonths(6));

    @Test
    void aShorterReplyDeadlineCountsTheRepliesThatWouldHaveComeLate() {
        List<PastHandling> history = List.of(
                // due 2026-04-05, a Sunday, so 04-06 today; 03-05 with two months: late only under the candidate
                new PastHandling("transport", LocalDate.of(2026, 1, 5), false, LocalDate.of(2026, 3, 20)),
                // replied before either due date
                new PastHandling("transport", LocalDate.of(2026, 1, 5), false, LocalDate.of(2026, 2, 27)),
                // no reply yet on 04-15: due 05-04 today (05-02 is a Saturday), 04-02 with two months
                new PastHandling("education", LocalDate.of(2026, 2, 2), false, null),
                // replied 05-01, after both
                new PastHandling("education", LocalDate.of(2026, 1, 5), true, LocalDate.of(2026, 5, 1)));

        DeadlineWhatIf.Comparison comparison = new DeadlineWhatIf(
                        new DeadlineWhatIf.Rules(THREE_MONTHS, MONDAY_TO_FRIDAY),
                        new DeadlineWhatIf.Rules(TWO_MONTHS, MONDAY_TO_FRIDAY))
                .compare(history, LocalDate.of(2026, 4, 15));

        assertThat(comparison.total()).isEqualTo(new DeadlineWhatIf.Row(null, 4, 1, 3));
        assertThat(comparison.departments())
                .containsExactly(
                        new DeadlineWhatIf.Row("education", 2, 1, 2), new DeadlineWhatIf.Row("transport", 2, 0, 1));
    }

    @Test
    void aHolidayAddedToTheCalendarMovesADueDateAndSavesAReply() {
        // two months from 2026-01-05 is Thursday 03-05; the reply came on Friday 03-06
        List<PastHandling> history =
                List.of(new PastHandling("transport", LocalDate.of(2026, 1, 5), false, LocalDate.of(2026, 3, 6)));
        WorkingDayCalendar withHoliday = WorkingDayCalendar.of(
                new CalendarYear(2026, false, "what-if", Set.of(LocalDate.of(2026, 3, 5)), Set.of()));

        DeadlineWhatIf.Comparison comparison = new DeadlineWhatIf(
                        new DeadlineWhatIf.Rules(TWO_MONTHS, MONDAY_TO_FRIDAY),
                        new DeadlineWhatIf.Rules(TWO_MONTHS, withHoliday))
                .compare(history, LocalDate.of(2026, 4, 15));

        assertThat(comparison.total()).isEqualTo(new DeadlineWhatIf.Row(null, 1, 1, 0));
    }

    @Test
    void anEmptyPeriodComparesToNothing() {
        DeadlineWhatIf.Comparison comparison = new DeadlineWhatIf(
                        new DeadlineWhatIf.Rules(THREE_MONTHS, MONDAY_TO_FRIDAY),
                        new DeadlineWhatIf.Rules(TWO_MONTHS, MONDAY_TO_FRIDAY))
                .compare(List.of(), LocalDate.of(2026, 4, 15));

        assertThat(comparison.total()).isEqualTo(new DeadlineWhatIf.Row(null, 0, 0, 0));
        assertThat(comparison.departments()).isEmpty();
    }
}
