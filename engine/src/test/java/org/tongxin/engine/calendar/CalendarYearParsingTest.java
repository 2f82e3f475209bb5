package org.tongxin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class CalendarYearParsingTest {

    private static final List<String> HEADER = List.of("# test data", "year: 2026", "official: true", "source: test");

    /** Parses the header followed by {@code days}, so the first day line is line 5. */
    private static CalendarYear parse(String... days) {
        List<String> lines = new ArrayList<>(HEADER);
        lines.addAll(List.of(days));
        return CalendarYear.parse("cn-test.txt", lines);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String... days) {
        return assertThatThrownBy(() -> parse(days)).isInstanceOf(CalendarDataException.class);
    }

    @Test
    void rangesCommentsLabelsAndBlankLinesAreRead() {
        CalendarYear year = parse(
                "", "holiday 2026-02-15..2026-02-17   春节  # three days", "workday 2026-02-14 春节调休", "   # nothing");

        assertThat(year.year()).isEqualTo(2026);
        assertThat(year.official()).isTrue();
        assertThat(year.source()).isEqualTo("test");
        assertThat(year.holidays())
                .containsExactlyInAnyOrder(
                        LocalDate.parse("2026-02-15"), LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-17"));
        assertThat(year.workdays()).containsExactly(LocalDate.parse("2026-02-14"));
    }

    @Test
    void officialFlagMayCarryANote() {
        CalendarYear year =
                CalendarYear.parse("x", List.of("year: 2027", "official: false — statutory days only", "source: 放假办法"));

        assertThat(year.official()).isFalse();
    }

    @Test
    void anImpossibleDateNamesItsLine() {
        assertRefused("holiday 2026-01-01", "holiday 2026-02-30 春节")
                .hasMessage("cn-test.txt line 6: '2026-02-30' is not a date (yyyy-MM-dd)")
                .extracting(e -> ((CalendarDataException) e).line())
                .isEqualTo(6);
    }

    @Test
    void anUnknownEntryNamesItsLine() {
        assertRefused("vacation 2026-01-01").hasMessageStartingWith("cn-test.txt line 5: unknown entry 'vacation'");
    }

    @Test
    void aDayWithoutADateNamesItsLine() {
        assertRefused("holiday").hasMessageStartingWith("cn-test.txt line 5: 'holiday' needs a date");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertRefused("holiday 2026-02-23..2026-02-15")
                .hasMessageContaining("line 5")
                .hasMessageContaining("ends before");
    }

    @Test
    void aDayOutsideTheYearIsRefused() {
        assertRefused("holiday 2025-10-01").hasMessageContaining("line 5").hasMessageContaining("outside 2026");
    }

    @Test
    void theDecemberBeforeTheYearIsAllowedForANewYearBreak() {
        assertThat(parse("workday 2025-12-27", "holiday 2025-12-31..2026-01-01").holidays())
                .contains(LocalDate.parse("2025-12-31"));
    }

    @Test
    void aMakeUpWorkdayOnAWeekdayIsRefusedAsAProbableTypo() {
        assertRefused("workday 2026-02-16").hasMessageContaining("line 5").hasMessageContaining("MONDAY");
    }

    @Test
    void aDayListedTwiceNamesBothLines() {
        assertRefused("holiday 2026-02-15..2026-02-23", "workday 2026-02-15")
                .hasMessage("cn-test.txt line 6: 2026-02-15 is already listed on line 5");
    }

    @Test
    void daysBeforeTheYearLineAreRefused() {
        assertThatThrownBy(() -> CalendarYear.parse("x", List.of("holiday 2026-01-01", "year: 2026")))
                .hasMessage("x line 1: days must come after the 'year:' line");
    }

    @Test
    void aMissingHeaderIsNamed() {
        assertThatThrownBy(() -> CalendarYear.parse("x", List.of("year: 2026", "source: s")))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("x: no 'official:' line")
                .extracting(e -> ((CalendarDataException) e).line())
                .isEqualTo(0);
    }

    @Test
    void anOfficialFlagThatIsNotABooleanIsRefused() {
        assertThatThrownBy(() -> CalendarYear.parse("x", List.of("year: 2026", "official: yes")))
                .hasMessage("x line 2: 'official:' must start with true or false, not 'yes'");
    }

    @Test
    void aRepeatedOrUnknownHeaderIsRefused() {
        assertThatThrownBy(() -> CalendarYear.parse("x", List.of("year: 2026", "year: 2027")))
                .hasMessage("x line 2: 'year:' appears twice");
        assertThatThrownBy(() -> CalendarYear.parse("x", List.of("region: cn")))
                .hasMessage("x line 1: unknown header 'region:'");
        assertThatThrownBy(() -> CalendarYear.parse("x", List.of("year: MMXXVI")))
                .hasMessage("x line 1: 'MMXXVI' is not a year");
    }

    @Test
    void aYearBuiltInCodeIsCheckedLikeParsedData() {
        LocalDate monday = LocalDate.parse("2026-02-16");

        assertThatThrownBy(() -> new CalendarYear(2026, true, "s", Set.of(), Set.of(monday)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MONDAY");
        LocalDate saturday = LocalDate.parse("2026-02-14");
        assertThatThrownBy(() -> new CalendarYear(2026, true, "s", Set.of(saturday), Set.of(saturday)))
                .hasMessageContaining("both a holiday and a workday");
    }
}
