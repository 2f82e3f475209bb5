package org.tongxin.engine.calendaryear;

import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.CalendarEntry;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.Role;

class WorkingCalendarYearTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final CalendarYearKey Y2027 = new CalendarYearKey(2027);
    private static final ActorRef DESIGNER = ActorRef.of("designer", Role.DESIGNER);
    private static final String NOTICE = "国务院办公厅关于2027年部分节假日安排的通知";
    private static final List<CalendarEntry> SPRING_FESTIVAL =
            List.of(new CalendarEntry(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 11), "春节"));
    private static final List<CalendarEntry> MAKE_UP = List.of(CalendarEntry.day(LocalDate.of(2027, 2, 14), "春节调休"));

    private AggregateTestFixture<WorkingCalendarYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingCalendarYear.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    private static CalendarYearRevised revised(int revision) {
        return new CalendarYearRevised(Y2027, revision, NOTICE, SPRING_FESTIVAL, MAKE_UP, DESIGNER, NOW);
    }

    @Test
    void theFirstSaveOfAShippedYearIsItsFirstRevision() {
        fixture.givenNoPriorActivity()
                .when(new ReviseCalendarYear(Y2027, 0, " " + NOTICE + " ", SPRING_FESTIVAL, MAKE_UP, DESIGNER))
                .expectEvents(revised(1));
    }

    @Test
    void aSaveOnTopOfARevisionSomeoneElseMadeIsRefused() {
        fixture.given(revised(1), revised(2))
                .when(new ReviseCalendarYear(Y2027, 1, NOTICE, SPRING_FESTIVAL, List.of(), DESIGNER))
                .expectException(violates(CalendarRule.REVISED_MEANWHILE));
    }

    @Test
    void aMakeUpWorkdayOnAWeekdayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReviseCalendarYear(
                        Y2027,
                        0,
                        NOTICE,
                        SPRING_FESTIVAL,
                        List.of(CalendarEntry.day(LocalDate.of(2027, 2, 15), "星期一")),
                        DESIGNER))
                .expectException(violates(CalendarRule.ENTRIES_INVALID));
    }

    @Test
    void onlyDesignersAndAdministratorsKeepTheCalendar() {
        fixture.givenNoPriorActivity()
                .when(new ReviseCalendarYear(
                        Y2027, 0, NOTICE, SPRING_FESTIVAL, MAKE_UP, ActorRef.of("staff", Role.STAFF)))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void confirmingTheRevisionReadMakesTheYearOfficial() {
        fixture.given(revised(1))
                .when(new ConfirmCalendarYear(Y2027, 1, DESIGNER))
                .expectEvents(new CalendarYearConfirmed(Y2027, 1, DESIGNER, NOW));
    }

    @Test
    void aConfirmationOfDaysNotSeenIsRefused() {
        fixture.given(revised(1), revised(2))
                .when(new ConfirmCalendarYear(Y2027, 1, DESIGNER))
                .expectException(violates(CalendarRule.REVISED_MEANWHILE));
    }

    @Test
    void aConfirmedRevisionIsNotConfirmedAgainButANewSaveIsProvisionalUntilConfirmed() {
        fixture.given(revised(1), new CalendarYearConfirmed(Y2027, 1, DESIGNER, NOW))
                .when(new ConfirmCalendarYear(Y2027, 1, DESIGNER))
                .expectException(violates(CalendarRule.NOTHING_TO_CONFIRM));
        fixture.given(revised(1), new CalendarYearConfirmed(Y2027, 1, DESIGNER, NOW), revised(2))
                .when(new ConfirmCalendarYear(Y2027, 2, DESIGNER))
                .expectEvents(new CalendarYearConfirmed(Y2027, 2, DESIGNER, NOW));
    }
}
