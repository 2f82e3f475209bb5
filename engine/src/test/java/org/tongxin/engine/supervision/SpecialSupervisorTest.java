package org.tongxin.engine.supervision;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.supervision.SupervisionMother.EDUCATION;
import static org.tongxin.engine.supervision.SupervisionMother.MEMBER;
import static org.tongxin.engine.supervision.SupervisionMother.MEMBER2;
import static org.tongxin.engine.supervision.SupervisionMother.NOW;
import static org.tongxin.engine.supervision.SupervisionMother.STAFF;
import static org.tongxin.engine.supervision.SupervisionMother.TRANSPORT;
import static org.tongxin.engine.supervision.SupervisionMother.ZONE;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.Role;

class SpecialSupervisorTest {

    private static final SpecialSupervisorId SUPERVISOR = new SpecialSupervisorId("member");
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);
    private static final LocalDate OBSERVED = LocalDate.of(2026, 2, 27);

    private AggregateTestFixture<SpecialSupervisor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SpecialSupervisor.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
    }

    private static SpecialSupervisorAppointed appointed() {
        return new SpecialSupervisorAppointed(SUPERVISOR, TRANSPORT, START, END, STAFF, NOW);
    }

    private static RecordSupervisorFinding finding(FindingRoute route) {
        return new RecordSupervisorFinding(SUPERVISOR, TRANSPORT, "公交站台破损", "3路公交龙城站台顶棚破损漏雨", OBSERVED, route, MEMBER);
    }

    @Test
    void theOfficeAppointsAMemberToADepartmentForATerm() {
        fixture.givenNoPriorActivity()
                .when(new AppointSpecialSupervisor(SUPERVISOR, TRANSPORT, START, END, STAFF))
                .expectEvents(appointed());
    }

    @Test
    void aSecondDepartmentAddsToTheHistory() {
        fixture.given(appointed())
                .when(new AppointSpecialSupervisor(SUPERVISOR, EDUCATION, START, END, STAFF))
                .expectEvents(new SpecialSupervisorAppointed(SUPERVISOR, EDUCATION, START, END, STAFF, NOW));
    }

    @Test
    void anAppointmentHasADepartmentAndATermThatEndsAfterItStarts() {
        fixture.givenNoPriorActivity()
                .when(new AppointSpecialSupervisor(SUPERVISOR, null, START, END, STAFF))
                .expectException(violates(SpecialSupervisorRule.TERM_INCOMPLETE));
        fixture.givenNoPriorActivity()
                .when(new AppointSpecialSupervisor(SUPERVISOR, TRANSPORT, END, START, STAFF))
                .expectException(violates(SpecialSupervisorRule.TERM_ENDS_BEFORE_START));
    }

    @Test
    void termsAtOneDepartmentDoNotOverlap() {
        fixture.given(appointed())
                .when(new AppointSpecialSupervisor(SUPERVISOR, TRANSPORT, END.minusYears(1), END.plusYears(2), STAFF))
                .expectException(violates(SpecialSupervisorRule.OVERLAPPING_TERM));
    }

    @Test
    void aTermEndsEarlyAndItsFindingsStopThere() {
        LocalDate ended = LocalDate.of(2026, 1, 31);
        fixture.given(appointed())
                .when(new EndSpecialSupervisorTerm(SUPERVISOR, TRANSPORT, ended, "工作调动", STAFF))
                .expectEvents(new SpecialSupervisorTermEnded(SUPERVISOR, TRANSPORT, ended, "工作调动", STAFF, NOW));
        fixture.given(appointed(), new SpecialSupervisorTermEnded(SUPERVISOR, TRANSPORT, ended, "工作调动", STAFF, NOW))
                .when(finding(FindingRoute.POOL))
                .expectException(violates(SpecialSupervisorRule.NOT_APPOINTED));
    }

    @Test
    void anEarlyEndStatesItsReason() {
        fixture.given(appointed())
                .when(new EndSpecialSupervisorTerm(SUPERVISOR, TRANSPORT, LocalDate.of(2026, 1, 31), " ", STAFF))
                .expectNoEvents()
                .expectException(violates(SpecialSupervisorRule.END_REASON_REQUIRED));
    }

    @Test
    void onlyTheOfficeEndsATerm() {
        fixture.given(appointed())
                .when(new EndSpecialSupervisorTerm(
                        SUPERVISOR, TRANSPORT, LocalDate.of(2026, 1, 31), "工作调动", ActorRef.of("leader", Role.LEADER)))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void onlyACurrentTermIsEnded() {
        fixture.given(appointed())
                .when(new EndSpecialSupervisorTerm(SUPERVISOR, EDUCATION, LocalDate.of(2026, 1, 31), "", STAFF))
                .expectException(violates(SpecialSupervisorRule.NO_CURRENT_TERM));
    }

    @Test
    void aSupervisorRecordsAFindingAtTheirDepartment() {
        fixture.given(appointed())
                .when(finding(FindingRoute.RECTIFICATION))
                .expectEvents(new SupervisorFindingRecorded(
                        SUPERVISOR,
                        1,
                        TRANSPORT,
                        "公交站台破损",
                        "3路公交龙城站台顶棚破损漏雨",
                        OBSERVED,
                        FindingRoute.RECTIFICATION,
                        MEMBER,
                        NOW));
    }

    @Test
    void aFindingElsewhereOrByAnotherMemberIsRefused() {
        fixture.given(appointed())
                .when(new RecordSupervisorFinding(
                        SUPERVISOR, EDUCATION, "题", "内容", OBSERVED, FindingRoute.POOL, MEMBER))
                .expectException(violates(SpecialSupervisorRule.NOT_APPOINTED));
        fixture.given(appointed())
                .when(new RecordSupervisorFinding(
                        SUPERVISOR, TRANSPORT, "题", "内容", OBSERVED, FindingRoute.POOL, MEMBER2))
                .expectException(violates(SpecialSupervisorRule.NOT_THE_SUPERVISOR));
        fixture.givenNoPriorActivity()
                .when(finding(FindingRoute.POOL))
                .expectException(violates(SpecialSupervisorRule.NOT_APPOINTED));
    }

    @Test
    void aFindingStatesWhatWasFoundAndWhereItGoes() {
        fixture.given(appointed())
                .when(new RecordSupervisorFinding(SUPERVISOR, TRANSPORT, "题", " ", OBSERVED, FindingRoute.POOL, MEMBER))
                .expectException(violates(SpecialSupervisorRule.FINDING_TEXT_REQUIRED));
        fixture.given(appointed())
                .when(new RecordSupervisorFinding(SUPERVISOR, TRANSPORT, "题", "内容", OBSERVED, null, MEMBER))
                .expectException(violates(SpecialSupervisorRule.ROUTE_REQUIRED));
    }
}
