package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.OTHER_LEADER;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.SOURCE_CLUES;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.SUPERVISING_LEADER;
import static org.tongxin.engine.proposal.ProposalMother.SYSTEM;
import static org.tongxin.engine.proposal.ProposalMother.TODAY;
import static org.tongxin.engine.proposal.ProposalMother.TRANSPORT;
import static org.tongxin.engine.proposal.ProposalMother.allHandlingsClosed;
import static org.tongxin.engine.proposal.ProposalMother.assigned;
import static org.tongxin.engine.proposal.ProposalMother.filed;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.keyProposalDesignated;
import static org.tongxin.engine.proposal.ProposalMother.then;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.DepartmentCode;

/** Key proposals (重点提案): a supervising leader and the committee's vote on the handling (票决评价). */
class KeyProposalTest {

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aFiledProposalBecomesAKeyProposalWithItsSupervisingLeader() {
        fixture.given(filed())
                .when(new DesignateKeyProposal(PROPOSAL, SUPERVISING_LEADER.userId(), STAFF))
                .expectEvents(keyProposalDesignated());
    }

    @Test
    void aProposalWithItsDepartmentsMayStillBecomeAKeyProposal() {
        fixture.given(assigned())
                .when(new DesignateKeyProposal(PROPOSAL, SUPERVISING_LEADER.userId(), STAFF))
                .expectEvents(keyProposalDesignated());
    }

    @Test
    void aProposalIsDesignatedOnce() {
        fixture.given(then(filed(), keyProposalDesignated()))
                .when(new DesignateKeyProposal(PROPOSAL, "leader-zhou", STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.ALREADY_KEY));
    }

    @Test
    void anUnfiledProposalIsNotAKeyProposal() {
        fixture.given(inFilingReview())
                .when(new DesignateKeyProposal(PROPOSAL, SUPERVISING_LEADER.userId(), STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.KEY_ONLY_WHILE_FILED_AND_OPEN));
    }

    @Test
    void aKeyProposalNamesItsSupervisingLeader() {
        fixture.given(filed())
                .when(new DesignateKeyProposal(PROPOSAL, " ", STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.SUPERVISING_LEADER_REQUIRED));
    }

    @Test
    void onlyTheOfficeDesignatesKeyProposals() {
        fixture.given(filed())
                .when(new DesignateKeyProposal(PROPOSAL, SUPERVISING_LEADER.userId(), LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void theSupervisingLeaderRecordsTheVote() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 45, 31, 8, 2, 1, SUPERVISING_LEADER))
                .expectEvents(new HandlingVoteRecorded(
                        PROPOSAL, 45, 31, 8, 2, 1, VoteResult.SATISFIED, SUPERVISING_LEADER, NOW));
    }

    @Test
    void theOfficeRecordsTheVoteAfterTheProposalHasClosed() {
        fixture.given(then(
                        allHandlingsClosed(),
                        keyProposalDesignated(),
                        new ProposalClosed(PROPOSAL, SOURCE_CLUES, List.of(), SYSTEM, NOW)))
                .when(new RecordHandlingVote(PROPOSAL, 1, 0, 0, 0, 1, STAFF))
                .expectEvents(new HandlingVoteRecorded(PROPOSAL, 1, 0, 0, 0, 1, VoteResult.UNSATISFIED, STAFF, NOW));
    }

    @Test
    void anotherLeaderDoesNotRecordTheVote() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 45, 31, 8, 2, 1, OTHER_LEADER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_THE_SUPERVISING_LEADER));
    }

    @Test
    void aMemberDoesNotRecordTheVote() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 45, 31, 8, 2, 1, LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void onlyAKeyProposalIsVotedOn() {
        fixture.given(assigned())
                .when(new RecordHandlingVote(PROPOSAL, 45, 31, 8, 2, 1, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_A_KEY_PROPOSAL));
    }

    @Test
    void nothingIsVotedOnBeforeAssignment() {
        fixture.given(then(filed(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 45, 31, 8, 2, 1, SUPERVISING_LEADER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_BEFORE_ASSIGNMENT));
    }

    @Test
    void theVoteIsRecordedOnce() {
        fixture.given(then(
                        assigned(),
                        keyProposalDesignated(),
                        new HandlingVoteRecorded(
                                PROPOSAL, 45, 31, 8, 2, 1, VoteResult.SATISFIED, SUPERVISING_LEADER, NOW)))
                .when(new RecordHandlingVote(PROPOSAL, 45, 30, 9, 2, 1, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_ALREADY_RECORDED));
    }

    @Test
    void aVoteCountIsNeverNegative() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 45, 31, -1, 2, 1, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_COUNTS_INVALID));
    }

    @Test
    void aVoteWithoutVotesIsRefused() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 45, 0, 0, 0, 0, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_COUNTS_INVALID));
    }

    @Test
    void theVotedCountsAddUpToNoMoreThanTheMembersVoting() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 40, 31, 8, 2, 1, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_COUNTS_EXCEED_VOTERS));
    }

    @Test
    void aVoteOfMoreMembersThanAnyCommitteeHoldsIsATypingSlip() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, ProposalLimits.VOTERS_MAX + 1, 31, 8, 2, 1, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_COUNTS_EXCEED_VOTERS));
    }

    @Test
    void aMajorityOfSatisfiedAndBasicallySatisfiedGivesBasicallySatisfied() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 45, 10, 15, 10, 5, STAFF))
                .expectEvents(new HandlingVoteRecorded(
                        PROPOSAL, 45, 10, 15, 10, 5, VoteResult.BASICALLY_SATISFIED, STAFF, NOW));
    }

    @Test
    void withoutAMajorityTheHandlingIsUnsatisfactory() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 40, 10, 10, 15, 5, STAFF))
                .expectEvents(
                        new HandlingVoteRecorded(PROPOSAL, 40, 10, 10, 15, 5, VoteResult.UNSATISFIED, STAFF, NOW));
    }

    private static final LocalDate HELD_ON = TODAY.minusDays(3);

    private static RecordKeyProposalMeeting meeting(ActorRef by) {
        return new RecordKeyProposalMeeting(PROPOSAL, HELD_ON, "王建国副主席、交通运输局", List.of(TRANSPORT), "十二月底前完成方案", by);
    }

    @Test
    void theSupervisingLeaderRecordsAMeeting() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(meeting(SUPERVISING_LEADER))
                .expectEvents(new KeyProposalMeetingRecorded(
                        PROPOSAL, HELD_ON, "王建国副主席、交通运输局", List.of(TRANSPORT), "十二月底前完成方案", SUPERVISING_LEADER, NOW));
    }

    @Test
    void theOfficeRecordsAMeeting() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(meeting(STAFF))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new KeyProposalMeetingRecorded(
                        PROPOSAL, HELD_ON, "王建国副主席、交通运输局", List.of(TRANSPORT), "十二月底前完成方案", STAFF, NOW));
    }

    @Test
    void aMeetingIsOnAKeyProposalOnly() {
        fixture.given(assigned())
                .when(meeting(STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MEETING_NOT_KEY));
    }

    @Test
    void anotherLeaderDoesNotRecordAMeeting() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(meeting(OTHER_LEADER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MEETING_NOT_THE_SUPERVISING_LEADER));
    }

    @Test
    void aMemberDoesNotRecordAMeeting() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(meeting(LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aMeetingIsRecordedWhileTheDepartmentsHandleTheProposal() {
        fixture.given(then(filed(), keyProposalDesignated()))
                .when(meeting(STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MEETING_NOT_WHILE_HANDLED));
    }

    @Test
    void aMeetingRecordsWhatWasAgreed() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordKeyProposalMeeting(PROPOSAL, HELD_ON, "王建国", List.of(TRANSPORT), " ", STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MEETING_INCOMPLETE));
    }

    @Test
    void aMeetingIsRecordedOnceHeld() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordKeyProposalMeeting(PROPOSAL, TODAY.plusDays(1), "王建国", List.of(TRANSPORT), "方案", STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MEETING_IN_THE_FUTURE));
    }

    @Test
    void aMeetingsTextsHaveLimits() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordKeyProposalMeeting(
                        PROPOSAL,
                        HELD_ON,
                        "王建国",
                        List.of(TRANSPORT),
                        "议".repeat(ProposalLimits.MEETING_AGREED_MAX + 1),
                        STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MEETING_TEXT_TOO_LONG));
    }

    @Test
    void aMeetingNamesOnlyDepartmentsHandlingTheProposal() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordKeyProposalMeeting(
                        PROPOSAL, HELD_ON, "王建国", List.of(new DepartmentCode("nobody")), "方案", STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MEETING_DEPARTMENT_NOT_HANDLING));
    }
}
