package org.tongxin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.CalendarEntries.Fault;
import org.tongxin.engine.calendar.CalendarEntries.Problem;

class CalendarEntriesTest {

    private static final String NOTICE = "国务院办公厅通知";

    private static CalendarEntry entry(String from, String to) {
        return new CalendarEntry(LocalDate.parse(from), LocalDate.parse(to), "");
    }

    @Test
    void theShipped2026ArrangementHasNoProblem() {
        List<String> lines = WorkingDayCalendar.bundledDocuments().get(2026);
        List<CalendarEntry> holidays = CalendarEntries.entries(lines, false);
        List<CalendarEntry> workdays = CalendarEntries.entries(lines, true);

        assertThat(CalendarEntries.problems(2026, NOTICE, holidays, workdays)).isEmpty();
        assertThat(holidays)
                .first()
                .isEqualTo(new CalendarEntry(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3), "元旦"));
        assertThat(CalendarEntries.toYear(2026, true, NOTICE, holidays, workdays))
                .isEqualTo(new CalendarYear(
                        2026,
                        true,
                        NOTICE,
                        WorkingDayCalendar.loadDefault()
                                .year(2026)
                                .orElseThrow()
                                .holidays(),
                        WorkingDayCalendar.loadDefault()
                                .year(2026)
                                .orElseThrow()
                                .workdays()));
    }

    @Test
    void eachProblemNamesTheFieldItIsAbout() {
        List<Problem> problems = CalendarEntries.problems(
                2027,
                " ",
                List.of(
                        entry("2027-02-05", "2027-02-11"),
                        entry("2028-01-01", "2028-01-01"),
                        entry("2027-05-05", "2027-05-01"),
                        entry("2027-07-01", "2027-09-30"),
                        entry("2027-02-10", "2027-02-12")),
                List.of(entry("2027-02-15", "2027-02-15"), entry("2027-02-07", "2027-02-07")));

        assertThat(problems)
                .containsExactly(
                        new Problem("source", Fault.SOURCE_MISSING, null, null),
                        new Problem("holidays[1].from", Fault.OUTSIDE_YEAR, LocalDate.of(2028, 1, 1), null),
                        new Problem("holidays[1].to", Fault.OUTSIDE_YEAR, LocalDate.of(2028, 1, 1), null),
                        new Problem("holidays[2].to", Fault.ENDS_BEFORE_START, LocalDate.of(2027, 5, 1), null),
                        new Problem("holidays[3].to", Fault.RANGE_TOO_LONG, LocalDate.of(2027, 9, 30), null),
                        new Problem("holidays[4].from", Fault.LISTED_TWICE, LocalDate.of(2027, 2, 10), "holidays[0]"),
                        new Problem("workdays[0].from", Fault.WORKDAY_NOT_WEEKEND, LocalDate.of(2027, 2, 15), null),
                        new Problem("workdays[1].from", Fault.LISTED_TWICE, LocalDate.of(2027, 2, 7), "holidays[0]"));
    }

    @Test
    void aNewYearBreakMayBeginInTheDecemberBefore() {
        assertThat(CalendarEntries.problems(
                        2019,
                        NOTICE,
                        List.of(entry("2018-12-30", "2019-01-01")),
                        List.of(entry("2018-12-29", "2018-12-29"))))
                .isEmpty();
    }
}
