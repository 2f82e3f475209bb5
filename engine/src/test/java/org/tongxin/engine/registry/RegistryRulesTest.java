package org.tongxin.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.tongxin.engine.RuleMatchers.violates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;

class RegistryRulesTest {

    private static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 30, 9, 0);
    private static final LocalDate NEXT_TUESDAY = LocalDate.of(2026, 12, 1);

    @Test
    void aCodeIsCapitalsDigitsAndHyphens() {
        assertThat(new StationCode("LG-LONGCHENG").value()).isEqualTo("LG-LONGCHENG");
        assertThat(refusal(() -> new StationCode("lg longcheng")), violates(RegistryRule.CODE_MALFORMED));
        assertThat(StationCode.wellFormed("../x")).isFalse();
    }

    @Test
    void aStationNeedsAName() {
        assertThat(refusal(() -> station(StationKind.WORKSTATION, " ")), violates(RegistryRule.NAME_REQUIRED));
        assertThat(station(StationKind.WORKSTATION, " 龙城街道委员工作站 ").name()).isEqualTo("龙城街道委员工作站");
    }

    @Test
    void contactPointsBelongToSectorGroups() {
        assertThat(
                refusal(() -> station(StationKind.STUDIO, "工作室").acceptsContactPoint()),
                violates(RegistryRule.CONTACT_POINT_ON_SECTOR_GROUP_ONLY));
        assertThatCode(() -> station(StationKind.SECTOR_GROUP, "第三界别活动组").acceptsContactPoint())
                .doesNotThrowAnyException();
    }

    @Test
    void onlyMembersAreAttached() {
        assertThat(refusal(() -> Station.checkAttachable(Role.STAFF)), violates(RegistryRule.MEMBER_NOT_A_MEMBER));
        assertThatCode(() -> Station.checkAttachable(Role.MEMBER)).doesNotThrowAnyException();
    }

    @Test
    void aShiftEndsAfterItStarts() {
        assertThat(
                refusal(() -> new DutyShift(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(9, 0), "member", 4)),
                violates(RegistryRule.SHIFT_TIMES));
    }

    @Test
    void theMemberOnDutyIsAttached() {
        DutyShift shift = new DutyShift(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 30), "member2", 4);
        assertThat(refusal(() -> shift.heldBy(Set.of("member"))), violates(RegistryRule.SHIFT_MEMBER_NOT_ATTACHED));
        assertThatCode(() -> shift.heldBy(Set.of("member", "member2"))).doesNotThrowAnyException();
    }

    @Test
    void aShiftReceivesOneToFiftyBookings() {
        assertThat(
                refusal(() -> new DutyShift(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "m", 0)),
                violates(RegistryRule.SHIFT_CAPACITY));
        assertThat(
                refusal(() -> new DutyShift(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "m", 51)),
                violates(RegistryRule.SHIFT_CAPACITY));
    }

    @Test
    void theLastPlaceGoesOnce() {
        assertThatCode(() -> Booking.checkPlace(3, 4, false)).doesNotThrowAnyException();
        assertThat(refusal(() -> Booking.checkPlace(4, 4, false)), violates(RegistryRule.BOOKING_FULL));
    }

    @Test
    void aPhoneBooksASlotOnce() {
        assertThat(refusal(() -> Booking.checkPlace(1, 4, true)), violates(RegistryRule.BOOKING_TWICE));
    }

    @Test
    void aBookingNeedsContactAndConsent() {
        assertThat(
                refusal(() -> Booking.checkContact("张女士", "13800000000", false)),
                violates(RegistryRule.BOOKING_CONTACT));
        assertThat(
                refusal(() -> Booking.checkContact("", "13800000000", true)), violates(RegistryRule.BOOKING_CONTACT));
        assertThatCode(() -> Booking.checkContact("张女士", "13800000000", true)).doesNotThrowAnyException();
    }

    @Test
    void aSlotIsBookedAheadOnItsShiftsDay() {
        LocalTime nine = LocalTime.of(9, 0);
        assertThatCode(() -> Booking.checkWhen(DayOfWeek.TUESDAY, nine, NEXT_TUESDAY, MONDAY_NINE, 28))
                .doesNotThrowAnyException();
        // a Wednesday for a Tuesday shift, a slot already begun, a slot beyond the window
        assertThat(
                refusal(() -> Booking.checkWhen(DayOfWeek.TUESDAY, nine, NEXT_TUESDAY.plusDays(1), MONDAY_NINE, 28)),
                violates(RegistryRule.BOOKING_NOT_AHEAD));
        assertThat(
                refusal(() -> Booking.checkWhen(DayOfWeek.MONDAY, nine, MONDAY_NINE.toLocalDate(), MONDAY_NINE, 28)),
                violates(RegistryRule.BOOKING_NOT_AHEAD));
        assertThat(
                refusal(() -> Booking.checkWhen(DayOfWeek.TUESDAY, nine, NEXT_TUESDAY.plusWeeks(5), MONDAY_NINE, 28)),
                violates(RegistryRule.BOOKING_NOT_AHEAD));
    }

    @Test
    void aVisitResolvesNoMoreThanItCollected() {
        assertThat(refusal(() -> new VisitCounts(5, 2, 3)), violates(RegistryRule.VISIT_COUNTS));
        assertThat(refusal(() -> new VisitCounts(-1, 0, 0)), violates(RegistryRule.VISIT_COUNTS));
        assertThat(new VisitCounts(5, 3, 1).resolvedOnSpot()).isEqualTo(1);
    }

    @Test
    void theMemberOnDutyOrTheOfficeLogsAVisit() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(
                refusal(() -> VisitCounts.checkLogging(ActorRef.of("member2", Role.MEMBER), "member", today, today)),
                violates(RegistryRule.VISIT_NOT_ON_DUTY));
        assertThatCode(() -> VisitCounts.checkLogging(ActorRef.of("member", Role.MEMBER), "member", today, today))
                .doesNotThrowAnyException();
        assertThatCode(() -> VisitCounts.checkLogging(ActorRef.of("staff", Role.STAFF), "member", today, today))
                .doesNotThrowAnyException();
    }

    @Test
    void aVisitIsLoggedAfterItTookPlace() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(
                refusal(() ->
                        VisitCounts.checkLogging(ActorRef.of("staff", Role.STAFF), "member", today.plusDays(1), today)),
                violates(RegistryRule.VISIT_IN_FUTURE));
    }

    @Test
    void aResearchTopicHasATitleAYearAndALead() {
        assertThat(
                refusal(() -> new ResearchTopic(" ", 2026, "member", List.of())),
                violates(RegistryRule.RESEARCH_TOPIC));
        assertThat(refusal(() -> new ResearchTopic("题", 2026, null, List.of())), violates(RegistryRule.RESEARCH_TOPIC));
        assertThat(new ResearchTopic("夜间经济", 2026, "member", List.of("member", "member2", "member2")).participants())
                .containsExactly("member2");
    }

    @Test
    void onlyProposalsReportsAndConsultationsCiteATopic() {
        assertThat(refusal(() -> ResearchTopic.CitingKind.of("CLUE")), violates(RegistryRule.RESEARCH_CITATION_KIND));
        assertThat(ResearchTopic.CitingKind.of("REPORT")).isEqualTo(ResearchTopic.CitingKind.REPORT);
    }

    private static Station station(StationKind kind, String name) {
        return new Station(new StationCode("LG-X"), name, kind, "龙岗区", "龙城街道", null, null, null, null);
    }

    private static Throwable refusal(Executable action) {
        try {
            action.execute();
        } catch (Throwable e) {
            return e;
        }
        throw new AssertionError("no refusal");
    }
}
