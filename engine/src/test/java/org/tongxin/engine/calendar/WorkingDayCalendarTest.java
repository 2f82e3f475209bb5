package org.tongxin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bundledYearsAre2025To2027() {
        assertThat(CALENDAR.coveredYears()).containsExactly(2025, 2026, 2027);
        assertThat(CALENDAR.covers(date("2026-06-01"))).isTrue();
        assertThat(CALENDAR.covers(date("2028-01-03"))).isFalse();
    }

    @Test
    void theNoticesOf2025And2026AreOfficialAndTheStatutory2027IsNot() {
        assertThat(CALENDAR.isOfficial(2025)).isTrue();
        assertThat(CALENDAR.isOfficial(2026)).isTrue();
        assertThat(CALENDAR.isOfficial(2027)).isFalse();
        assertThat(CALENDAR.isOfficial(2028)).as("uncovered").isFalse();
        assertThat(CALENDAR.year(2026).orElseThrow().source()).contains("国务院办公厅", "2025-11-04");
        assertThat(CALENDAR.year(2027).orElseThrow().source()).contains("全国年节及纪念日放假办法");
    }

    @Test
    void springFestival2026MakesTheSaturdayBeforeItAWorkingDayAndTheWeekAfterAHoliday() {
        assertThat(CALENDAR.isWorkingDay(date("2026-02-13"))).as("Fri").isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-02-14"))).as("Sat, 调休").isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-02-16"))).as("Mon, 春节").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2026-02-23")))
                .as("Mon, last day off")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2026-02-24"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-02-28"))).as("Sat, 调休").isTrue();
    }

    @Test
    void oneWorkingDayAfterTheFridayBeforeSpringFestival2026IsTheMakeUpSaturday() {
        assertThat(CALENDAR.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
        assertThat(CALENDAR.addWorkingDays(date("2026-02-14"), 1)).isEqualTo(date("2026-02-24"));
    }

    @Test
    void nationalDay2026IsAWeekOffWithTheSaturdayAfterWorked() {
        assertThat(CALENDAR.isWorkingDay(date("2026-09-20"))).as("Sun, 调休").isTrue();
        for (LocalDate day = date("2026-10-01"); day.isBefore(date("2026-10-08")); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(CALENDAR.isWorkingDay(date("2026-10-08"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-10-10"))).as("Sat, 调休").isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-10-11"))).as("Sun").isFalse();
    }

    @Test
    void workingDaysAddedAcrossNationalDay2026SkipTheHolidayWeekAndCountTheMakeUpSaturday() {
        // Sep 30 Wed; then Oct 8 Thu (1), Oct 9 Fri (2), Oct 10 Sat worked (3), Oct 12 Mon (4), Oct 13 Tue (5).
        assertThat(CALENDAR.addWorkingDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-08"));
        assertThat(CALENDAR.addWorkingDays(date("2026-09-30"), 5)).isEqualTo(date("2026-10-13"));
    }

    @Test
    void workingDaysBetweenOverTheNationalDayWeekCountsOnlyTheDaysWorked() {
        // (Sun Sep 27, Sun Oct 11]: Sep 28, 29, 30, Oct 8, 9 and the worked Saturday Oct 10.
        assertThat(CALENDAR.workingDaysBetween(date("2026-09-27"), date("2026-10-11")))
                .isEqualTo(6);
        assertThat(CALENDAR.workingDaysBetween(date("2026-09-30"), date("2026-10-07")))
                .as("the holiday itself")
                .isZero();
    }

    @Test
    void workingDaysBetweenIsZeroForEqualDatesAndNegatedWhenReversed() {
        assertThat(CALENDAR.workingDaysBetween(date("2026-03-04"), date("2026-03-04")))
                .isZero();
        assertThat(CALENDAR.workingDaysBetween(date("2026-10-11"), date("2026-09-27")))
                .isEqualTo(-6);
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        LocalDate start = date("2025-01-20");
        for (int n = 1; n <= 200; n++) {
            assertThat(CALENDAR.workingDaysBetween(start, CALENDAR.addWorkingDays(start, n)))
                    .as("n=%d", n)
                    .isEqualTo(n);
        }
    }

    @Test
    void addingZeroWorkingDaysKeepsAWorkingDayAndRollsAHolidayForward() {
        assertThat(CALENDAR.addWorkingDays(date("2026-02-14"), 0)).isEqualTo(date("2026-02-14"));
        assertThat(CALENDAR.addWorkingDays(date("2026-02-16"), 0)).isEqualTo(date("2026-02-24"));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(date("2026-02-16"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void in2025TheSpringFestivalAndLabourDaySundaysAreWorked() {
        assertThat(CALENDAR.isWorkingDay(date("2025-01-26"))).as("Sun, 调休").isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2025-01-28"))).as("除夕").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2025-02-04"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2025-02-08"))).as("Sat, 调休").isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2025-04-27"))).as("Sun, 调休").isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2025-05-05"))).as("Mon, 劳动节").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2025-06-02"))).as("Mon, 端午").isFalse();
    }

    @Test
    void oneWorkingDayAfterSeptember30In2025IsOctober9AfterTheEightDayBreak() {
        assertThat(CALENDAR.addWorkingDays(date("2025-09-30"), 1)).isEqualTo(date("2025-10-09"));
        assertThat(CALENDAR.isWorkingDay(date("2025-09-28"))).as("Sun, 调休").isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2025-10-11"))).as("Sat, 调休").isTrue();
    }

    @Test
    void officialYearsHave248WorkingDaysAsThirteenStatutoryDaysOffAndBalancedSwapsImply() {
        // 261 weekdays in both years, minus the 13 statutory days of the 2024 revision; every 调休 swaps one for one.
        assertThat(workingDaysIn(2025)).isEqualTo(248);
        assertThat(workingDaysIn(2026)).isEqualTo(248);
    }

    @Test
    void provisional2027HasItsSevenWeekdayStatutoryDaysOffAndNoMakeUpWorkdays() {
        // 261 weekdays; of the 13 statutory days, Feb 6-7, May 1-2 and Oct 2-3 fall on a weekend.
        assertThat(workingDaysIn(2027)).isEqualTo(254);
        assertThat(CALENDAR.year(2027).orElseThrow().workdays()).isEmpty();
        assertThat(CALENDAR.isWorkingDay(date("2027-02-05"))).as("除夕").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2027-02-08"))).as("正月初三").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2027-02-09"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2027-04-05"))).as("清明").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2027-06-09"))).as("端午").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2027-09-15"))).as("中秋").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2027-10-01"))).as("国庆").isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2027-10-04"))).isTrue();
    }

    @Test
    void aMonthAddedOntoNationalDay2025RollsForwardToTheFirstWorkingDayAfterIt() {
        assertThat(CALENDAR.addMonths(date("2025-09-01"), 1)).isEqualTo(date("2025-10-09"));
    }

    @Test
    void aMonthAddedOntoTheLastDayOfSpringFestival2026RollsForwardToTheNextDay() {
        assertThat(CALENDAR.addMonths(date("2026-01-23"), 1)).isEqualTo(date("2026-02-24"));
    }

    @Test
    void aMonthAddedToJanuary31EndsOnTheLastDayOfFebruary() {
        assertThat(CALENDAR.addMonths(date("2025-01-31"), 1)).isEqualTo(date("2025-02-28"));
    }

    @Test
    void aMonthAddedOntoAWeekendRollsToMonday() {
        assertThat(CALENDAR.addMonths(date("2026-04-30"), 1))
                .as("May 30 is a Saturday")
                .isEqualTo(date("2026-06-01"));
    }

    @Test
    void outsideTheCoveredYearsTheCalendarCountsMondayToFriday() {
        assertThat(CALENDAR.isWorkingDay(date("2028-01-03"))).as("Mon").isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2028-01-01"))).as("Sat").isFalse();
        assertThat(CALENDAR.addWorkingDays(date("2027-12-31"), 1)).isEqualTo(date("2028-01-03"));
        WorkingDayCalendar empty = WorkingDayCalendar.of();
        assertThat(empty.coveredYears()).isEmpty();
        assertThat(empty.isWorkingDay(date("2026-02-16")))
                .as("a Monday, with no data")
                .isTrue();
    }

    @Test
    void aYearSuppliedAtRunTimeAsLinesIsUsedForItsDays() {
        WorkingDayCalendar calendar = WorkingDayCalendar.from(
                List.of("year: 2030", "official: true", "source: test", "holiday 2030-01-01 元旦", "workday 2030-01-05"));

        assertThat(calendar.coveredYears()).containsExactly(2030);
        assertThat(calendar.isWorkingDay(date("2030-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2030-01-05"))).as("Sat").isTrue();
        assertThat(calendar.isWorkingDay(date("2030-01-06"))).as("Sun").isFalse();
    }

    @Test
    void yearsSuppliedAsReadersAreCombined() {
        WorkingDayCalendar calendar = WorkingDayCalendar.from(
                new StringReader("year: 2030\nofficial: true\nsource: a\nholiday 2030-12-31\n"),
                new StringReader("year: 2031\nofficial: false\nsource: b\nholiday 2030-12-30..2031-01-01 元旦\n"));

        assertThat(calendar.coveredYears()).containsExactly(2030, 2031);
        assertThat(calendar.isOfficial(2031)).isFalse();
        assertThat(calendar.isWorkingDay(date("2030-12-30")))
                .as("from the 2031 data")
                .isFalse();
    }

    @Test
    void twoYearsDisagreeingAboutADecemberDayAreRefused() {
        CalendarYear y2030 = CalendarYear.parse("a", List.of("year: 2030", "official: true", "source: a"));
        CalendarYear y2031 = CalendarYear.parse("b", List.of("year: 2031", "official: true", "source: b"));
        CalendarYear holiday =
                CalendarYear.parse("c", List.of("year: 2030", "official: true", "source: a", "holiday 2030-12-28"));
        CalendarYear workday =
                CalendarYear.parse("d", List.of("year: 2031", "official: true", "source: b", "workday 2030-12-28"));

        assertThatThrownBy(() -> WorkingDayCalendar.of(y2030, y2030)).hasMessageContaining("2030 is given twice");
        assertThatThrownBy(() -> WorkingDayCalendar.of(holiday, workday)).hasMessageContaining("2030-12-28");
        assertThat(WorkingDayCalendar.of(y2030, y2031).coveredYears()).containsExactly(2030, 2031);
    }

    @Test
    void calendarsWithTheSameYearsAreEqual() {
        assertThat(WorkingDayCalendar.loadDefault()).isEqualTo(CALENDAR).hasSameHashCodeAs(CALENDAR);
        assertThat(CALENDAR).hasToString("WorkingDayCalendar[2025 official, 2026 official, 2027 provisional]");
    }

    private static int workingDaysIn(int year) {
        return CALENDAR.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }
}
