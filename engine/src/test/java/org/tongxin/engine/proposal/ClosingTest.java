package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.PLANNING;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.REPLY_DUE;
import static org.tongxin.engine.proposal.ProposalMother.RETURN_WINDOW_ENDS;
import static org.tongxin.engine.proposal.ProposalMother.SOLVED;
import static org.tongxin.engine.proposal.ProposalMother.SOURCE_CLUES;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.SYSTEM;
import static org.tongxin.engine.proposal.ProposalMother.TODAY;
import static org.tongxin.engine.proposal.ProposalMother.TRANSPORT;
import static org.tongxin.engine.proposal.ProposalMother.TRANSPORT_HANDLING;
import static org.tongxin.engine.proposal.ProposalMother.URBAN_MANAGEMENT;
import static org.tongxin.engine.proposal.ProposalMother.URBAN_MANAGEMENT_HANDLING;
import static org.tongxin.engine.proposal.ProposalMother.allHandlingsClosed;
import static org.tongxin.engine.proposal.ProposalMother.assigned;
import static org.tongxin.engine.proposal.ProposalMother.filed;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.then;
import static org.tongxin.engine.proposal.ProposalMother.transportClosed;
import static org.tongxin.engine.proposal.ProposalMother.urbanManagementClosed;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;

/** Handlings close one by one (办结); the proposal closes after the last and tells its clues. */
class ClosingTest {

    private static final DepartmentReassigned TRANSPORT_TO_PLANNING = new DepartmentReassigned(
            PROPOSAL,
            TRANSPORT_HANDLING,
            TRANSPORT,
            "proposal-1/planning/1",
            PLANNING,
            HandlingRole.LEAD,
            TODAY,
            REPLY_DUE,
            RETURN_WINDOW_ENDS,
            List.of("member-li"),
            false,
            STAFF,
            NOW);

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aClosedHandlingIsRecordedWithItsOutcome() {
        fixture.given(assigned())
                .when(new RecordHandlingClosed(PROPOSAL, URBAN_MANAGEMENT_HANDLING, SOLVED, SYSTEM))
                .expectEvents(urbanManagementClosed(false));
    }

    @Test
    void theLastClosedHandlingSaysAllHaveClosed() {
        fixture.given(then(assigned(), urbanManagementClosed(false)))
                .when(new RecordHandlingClosed(PROPOSAL, TRANSPORT_HANDLING, SOLVED, SYSTEM))
                .expectEvents(transportClosed(true));
    }

    @Test
    void aHandlingEscalatedToSupervisionStillCloses() {
        OutcomeSummary escalated = new OutcomeSummary(OutcomeClass.C, true);
        fixture.given(assigned())
                .when(new RecordHandlingClosed(PROPOSAL, TRANSPORT_HANDLING, escalated, STAFF))
                .expectEvents(new HandlingClosureRecorded(
                        PROPOSAL, TRANSPORT_HANDLING, TRANSPORT, escalated, false, STAFF, NOW));
    }

    @Test
    void aReturnedHandlingNeedNotCloseButItsReplacementMust() {
        fixture.given(then(assigned(), TRANSPORT_TO_PLANNING, urbanManagementClosed(false)))
                .when(new RecordHandlingClosed(PROPOSAL, "proposal-1/planning/1", SOLVED, SYSTEM))
                .expectEvents(new HandlingClosureRecorded(
                        PROPOSAL, "proposal-1/planning/1", PLANNING, SOLVED, true, SYSTEM, NOW));
    }

    @Test
    void recordingAClosedHandlingAgainIsRefusedSoARetriedJobCanTellItWasDone() {
        fixture.given(then(assigned(), urbanManagementClosed(false)))
                .when(new RecordHandlingClosed(PROPOSAL, URBAN_MANAGEMENT_HANDLING, SOLVED, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.HANDLING_ALREADY_CLOSED));
    }

    @Test
    void aRepeatAfterTheProposalClosedGetsTheSameAnswer() {
        fixture.given(then(allHandlingsClosed(), new ProposalClosed(PROPOSAL, SOURCE_CLUES, List.of(), SYSTEM, NOW)))
                .when(new RecordHandlingClosed(PROPOSAL, TRANSPORT_HANDLING, SOLVED, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.HANDLING_ALREADY_CLOSED));
    }

    @Test
    void aReturnedHandlingIsNotClosed() {
        fixture.given(then(assigned(), TRANSPORT_TO_PLANNING))
                .when(new RecordHandlingClosed(PROPOSAL, TRANSPORT_HANDLING, SOLVED, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.HANDLING_NOT_OPEN));
    }

    @Test
    void anUnknownHandlingIsNotClosed() {
        fixture.given(assigned())
                .when(new RecordHandlingClosed(PROPOSAL, "proposal-1/planning/1", SOLVED, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.UNKNOWN_HANDLING));
    }

    @Test
    void aClosedHandlingStatesItsOutcomeClass() {
        fixture.given(assigned())
                .when(new RecordHandlingClosed(PROPOSAL, TRANSPORT_HANDLING, new OutcomeSummary(null, false), SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.OUTCOME_REQUIRED));
    }

    @Test
    void aCoHandlerClosesWithoutAnOutcomeClass() {
        OutcomeSummary opinionOnly = new OutcomeSummary(null, false);
        fixture.given(assigned())
                .when(new RecordHandlingClosed(PROPOSAL, URBAN_MANAGEMENT_HANDLING, opinionOnly, SYSTEM))
                .expectEvents(new HandlingClosureRecorded(
                        PROPOSAL, URBAN_MANAGEMENT_HANDLING, URBAN_MANAGEMENT, opinionOnly, false, SYSTEM, NOW));
    }

    @Test
    void aDepartmentOfficerDoesNotRecordClosingsOnTheProposal() {
        fixture.given(assigned())
                .when(new RecordHandlingClosed(PROPOSAL, TRANSPORT_HANDLING, SOLVED, LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void closingTellsEverySourceClue() {
        fixture.given(allHandlingsClosed())
                .when(new CloseProposal(PROPOSAL, SYSTEM))
                .expectEvents(new ProposalClosed(
                        PROPOSAL,
                        SOURCE_CLUES,
                        List.of(
                                new DepartmentOutcome(URBAN_MANAGEMENT, OutcomeClass.A, false),
                                new DepartmentOutcome(TRANSPORT, OutcomeClass.A, false)),
                        SYSTEM,
                        NOW));
    }

    @Test
    void aProposalWithAnOpenHandlingDoesNotClose() {
        fixture.given(then(assigned(), urbanManagementClosed(false)))
                .when(new CloseProposal(PROPOSAL, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.HANDLINGS_STILL_OPEN));
    }

    @Test
    void anUnassignedProposalDoesNotClose() {
        fixture.given(filed())
                .when(new CloseProposal(PROPOSAL, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_CLOSABLE));
    }

    @Test
    void aProposalClosesOnce() {
        fixture.given(then(allHandlingsClosed(), new ProposalClosed(PROPOSAL, SOURCE_CLUES, List.of(), SYSTEM, NOW)))
                .when(new CloseProposal(PROPOSAL, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.ALREADY_CLOSED));
    }

    @Test
    void aClosedProposalIsNotReassigned() {
        fixture.given(then(allHandlingsClosed(), new ProposalClosed(PROPOSAL, SOURCE_CLUES, List.of(), SYSTEM, NOW)))
                .when(new ReassignDepartment(PROPOSAL, TRANSPORT_HANDLING, PLANNING, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_BEING_HANDLED));
    }
}
