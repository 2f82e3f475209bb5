package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.OTHER_PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.PLANNING;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.REPLY_DUE;
import static org.tongxin.engine.proposal.ProposalMother.RETURN_WINDOW_ENDS;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.TODAY;
import static org.tongxin.engine.proposal.ProposalMother.TRANSPORT;
import static org.tongxin.engine.proposal.ProposalMother.TRANSPORT_HANDLING;
import static org.tongxin.engine.proposal.ProposalMother.URBAN_MANAGEMENT;
import static org.tongxin.engine.proposal.ProposalMother.URBAN_MANAGEMENT_HANDLING;
import static org.tongxin.engine.proposal.ProposalMother.assigned;
import static org.tongxin.engine.proposal.ProposalMother.filed;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.proposalAssigned;
import static org.tongxin.engine.proposal.ProposalMother.then;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;

/** Assignment (交办) to departments in the four handling modes, and reassignment (调整). */
class AssignmentTest {

    private static final Assignment TRANSPORT_LEADS = new Assignment(TRANSPORT, HandlingRole.LEAD);
    private static final Assignment URBAN_MANAGEMENT_CO_HANDLES = new Assignment(URBAN_MANAGEMENT, HandlingRole.CO);

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void assignmentOpensOneHandlingPerDepartmentUnderAnIdFromProposalAndDepartment() {
        fixture.given(filed())
                .when(assign(HandlingMode.LEAD_WITH_CO, TRANSPORT_LEADS, URBAN_MANAGEMENT_CO_HANDLES))
                .expectEvents(proposalAssigned());
    }

    @Test
    void theReplyIsDueThreeMonthsAfterAssignmentAndReturnsFiveWorkingDaysAfter() {
        fixture.given(filed())
                .when(assign(HandlingMode.LEAD_WITH_CO, TRANSPORT_LEADS))
                .expectEvents(new ProposalAssigned(
                        PROPOSAL,
                        HandlingMode.LEAD_WITH_CO,
                        List.of(new AssignedHandling(TRANSPORT_HANDLING, TRANSPORT, HandlingRole.LEAD)),
                        List.of(),
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 6, 2),
                        LocalDate.of(2026, 3, 9),
                        List.of("member-li"),
                        false,
                        STAFF,
                        NOW));
    }

    @Test
    void aReplyDueInTheDragonBoatHolidayMovesToTheNextWorkingDay() {
        // Thursday 19 March plus three months is Friday 19 June, a holiday through Sunday 21 June
        Instant thursday = Instant.parse("2026-03-19T02:00:00Z");
        fixture(Clock.fixed(thursday, ZoneId.of("Asia/Shanghai")))
                .given(filed())
                .when(assign(HandlingMode.SEPARATE, new Assignment(TRANSPORT, HandlingRole.SEPARATE)))
                .expectEvents(new ProposalAssigned(
                        PROPOSAL,
                        HandlingMode.SEPARATE,
                        List.of(new AssignedHandling(TRANSPORT_HANDLING, TRANSPORT, HandlingRole.SEPARATE)),
                        List.of(),
                        LocalDate.of(2026, 3, 19),
                        LocalDate.of(2026, 6, 22),
                        LocalDate.of(2026, 3, 26),
                        List.of("member-li"),
                        false,
                        STAFF,
                        thursday));
    }

    @Test
    void separateHandlingGivesEachDepartmentItsOwnPart() {
        fixture.given(filed())
                .when(assign(
                        HandlingMode.SEPARATE,
                        new Assignment(TRANSPORT, HandlingRole.SEPARATE),
                        new Assignment(URBAN_MANAGEMENT, HandlingRole.SEPARATE)))
                .expectEvents(new ProposalAssigned(
                        PROPOSAL,
                        HandlingMode.SEPARATE,
                        List.of(
                                new AssignedHandling(TRANSPORT_HANDLING, TRANSPORT, HandlingRole.SEPARATE),
                                new AssignedHandling(
                                        URBAN_MANAGEMENT_HANDLING, URBAN_MANAGEMENT, HandlingRole.SEPARATE)),
                        List.of(),
                        TODAY,
                        REPLY_DUE,
                        RETURN_WINDOW_ENDS,
                        List.of("member-li"),
                        false,
                        STAFF,
                        NOW));
    }

    @Test
    void aMergedAssignmentNamesTheOtherProposalsAndHasALeadDepartment() {
        fixture.given(filed())
                .when(new AssignDepartments(
                        PROPOSAL, HandlingMode.MERGED, List.of(TRANSPORT_LEADS), List.of(OTHER_PROPOSAL), STAFF))
                .expectEvents(new ProposalAssigned(
                        PROPOSAL,
                        HandlingMode.MERGED,
                        List.of(new AssignedHandling(TRANSPORT_HANDLING, TRANSPORT, HandlingRole.LEAD)),
                        List.of(OTHER_PROPOSAL),
                        TODAY,
                        REPLY_DUE,
                        RETURN_WINDOW_ENDS,
                        List.of("member-li"),
                        false,
                        STAFF,
                        NOW));
    }

    @Test
    void aProposalInFilingReviewIsNotAssigned() {
        fixture.given(inFilingReview())
                .when(assign(HandlingMode.LEAD_WITH_CO, TRANSPORT_LEADS))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_READY_FOR_ASSIGNMENT));
    }

    @Test
    void aProposalIsAssignedOnce() {
        fixture.given(assigned())
                .when(assign(HandlingMode.LEAD_WITH_CO, TRANSPORT_LEADS))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_READY_FOR_ASSIGNMENT));
    }

    @Test
    void onlyTheOfficeAssigns() {
        fixture.given(filed())
                .when(new AssignDepartments(
                        PROPOSAL, HandlingMode.LEAD_WITH_CO, List.of(TRANSPORT_LEADS), List.of(), LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void leadWithCoHandlersHasExactlyOneLead() {
        fixture.given(filed())
                .when(assign(
                        HandlingMode.LEAD_WITH_CO,
                        TRANSPORT_LEADS,
                        new Assignment(URBAN_MANAGEMENT, HandlingRole.LEAD)))
                .expectNoEvents()
                .expectException(violates(ProposalRule.ASSIGNMENTS_DO_NOT_FIT_MODE));
    }

    @Test
    void coHandlersAloneHaveNoLead() {
        fixture.given(filed())
                .when(assign(HandlingMode.LEAD_WITH_CO, URBAN_MANAGEMENT_CO_HANDLES))
                .expectNoEvents()
                .expectException(violates(ProposalRule.ASSIGNMENTS_DO_NOT_FIT_MODE));
    }

    @Test
    void separateHandlingHasNoLead() {
        fixture.given(filed())
                .when(assign(
                        HandlingMode.SEPARATE,
                        TRANSPORT_LEADS,
                        new Assignment(URBAN_MANAGEMENT, HandlingRole.SEPARATE)))
                .expectNoEvents()
                .expectException(violates(ProposalRule.ASSIGNMENTS_DO_NOT_FIT_MODE));
    }

    @Test
    void anAssignmentNeedsADepartment() {
        fixture.given(filed())
                .when(assign(HandlingMode.SEPARATE))
                .expectNoEvents()
                .expectException(violates(ProposalRule.ASSIGNMENTS_DO_NOT_FIT_MODE));
    }

    @Test
    void aDepartmentIsAssignedOnce() {
        fixture.given(filed())
                .when(assign(HandlingMode.LEAD_WITH_CO, TRANSPORT_LEADS, new Assignment(TRANSPORT, HandlingRole.CO)))
                .expectNoEvents()
                .expectException(violates(ProposalRule.DEPARTMENT_TWICE));
    }

    @Test
    void aMergedAssignmentNamesAnotherProposal() {
        fixture.given(filed())
                .when(new AssignDepartments(PROPOSAL, HandlingMode.MERGED, List.of(TRANSPORT_LEADS), List.of(), STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MERGED_WITH_DOES_NOT_FIT_MODE));
    }

    @Test
    void aProposalIsNotMergedWithItself() {
        fixture.given(filed())
                .when(new AssignDepartments(
                        PROPOSAL, HandlingMode.MERGED, List.of(TRANSPORT_LEADS), List.of(PROPOSAL), STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MERGED_WITH_DOES_NOT_FIT_MODE));
    }

    @Test
    void onlyAMergedAssignmentNamesOtherProposals() {
        fixture.given(filed())
                .when(new AssignDepartments(
                        PROPOSAL, HandlingMode.LEAD_WITH_CO, List.of(TRANSPORT_LEADS), List.of(OTHER_PROPOSAL), STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MERGED_WITH_DOES_NOT_FIT_MODE));
    }

    @Test
    void aMergedAssignmentHasTheLeadWithCoShape() {
        fixture.given(filed())
                .when(new AssignDepartments(
                        PROPOSAL,
                        HandlingMode.MERGED,
                        List.of(new Assignment(TRANSPORT, HandlingRole.SEPARATE)),
                        List.of(OTHER_PROPOSAL),
                        STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.ASSIGNMENTS_DO_NOT_FIT_MODE));
    }

    @Test
    void aReassignedHandlingKeepsItsRoleAndItsNewDepartmentsTimeLimitsStartAfresh() {
        // Friday 6 March: the reply is due Saturday 6 June, so Monday 8 June; returns until Friday 13 March
        Instant friday = Instant.parse("2026-03-06T02:00:00Z");
        fixture(Clock.fixed(friday, ZoneId.of("Asia/Shanghai")))
                .given(assigned())
                .when(new ReassignDepartment(PROPOSAL, TRANSPORT_HANDLING, PLANNING, STAFF))
                .expectEvents(new DepartmentReassigned(
                        PROPOSAL,
                        TRANSPORT_HANDLING,
                        TRANSPORT,
                        "proposal-1/planning/1",
                        PLANNING,
                        HandlingRole.LEAD,
                        LocalDate.of(2026, 3, 6),
                        LocalDate.of(2026, 6, 8),
                        LocalDate.of(2026, 3, 13),
                        List.of("member-li"),
                        false,
                        STAFF,
                        friday));
    }

    @Test
    void aDepartmentThatReturnedTheItemAndGetsItBackHasASecondHandling() {
        fixture.given(then(assigned(), reassigned(TRANSPORT_HANDLING, TRANSPORT, "proposal-1/planning/1", PLANNING)))
                .when(new ReassignDepartment(PROPOSAL, "proposal-1/planning/1", TRANSPORT, STAFF))
                .expectEvents(reassigned("proposal-1/planning/1", PLANNING, "proposal-1/transport/2", TRANSPORT));
    }

    @Test
    void aReturnedHandlingIsNotReassignedAgain() {
        fixture.given(then(assigned(), reassigned(TRANSPORT_HANDLING, TRANSPORT, "proposal-1/planning/1", PLANNING)))
                .when(new ReassignDepartment(PROPOSAL, TRANSPORT_HANDLING, new DepartmentCode("housing"), STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.HANDLING_NOT_OPEN));
    }

    @Test
    void onlyAHandlingOfThisProposalIsReassigned() {
        fixture.given(assigned())
                .when(new ReassignDepartment(PROPOSAL, "proposal-0/transport/1", PLANNING, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.UNKNOWN_HANDLING));
    }

    @Test
    void aHandlingIsNotReassignedToADepartmentAlreadyHandlingTheProposal() {
        fixture.given(assigned())
                .when(new ReassignDepartment(PROPOSAL, TRANSPORT_HANDLING, URBAN_MANAGEMENT, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.TO_DEPARTMENT_INVALID));
    }

    @Test
    void aReassignmentNamesTheDepartment() {
        fixture.given(assigned())
                .when(new ReassignDepartment(PROPOSAL, TRANSPORT_HANDLING, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.TO_DEPARTMENT_INVALID));
    }

    @Test
    void nothingIsReassignedBeforeAssignment() {
        fixture.given(filed())
                .when(new ReassignDepartment(PROPOSAL, TRANSPORT_HANDLING, PLANNING, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_BEING_HANDLED));
    }

    private static AssignDepartments assign(HandlingMode mode, Assignment... assignments) {
        return new AssignDepartments(PROPOSAL, mode, List.of(assignments), List.of(), STAFF);
    }

    private static DepartmentReassigned reassigned(
            String fromHandling, DepartmentCode from, String newHandling, DepartmentCode to) {
        return new DepartmentReassigned(
                PROPOSAL,
                fromHandling,
                from,
                newHandling,
                to,
                HandlingRole.LEAD,
                TODAY,
                REPLY_DUE,
                RETURN_WINDOW_ENDS,
                List.of("member-li"),
                false,
                STAFF,
                NOW);
    }
}
