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
import static org.tongxin.engine.proposal.ProposalMother.allHandlingsClosed;
import static org.tongxin.engine.proposal.ProposalMother.assigned;
import static org.tongxin.engine.proposal.ProposalMother.filed;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.keyProposalDesignated;
import static org.tongxin.engine.proposal.ProposalMother.then;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;

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
                .when(new RecordHandlingVote(PROPOSAL, 31, 8, 2, 1, SUPERVISING_LEADER))
                .expectEvents(new HandlingVoteRecorded(PROPOSAL, 31, 8, 2, 1, SUPERVISING_LEADER, NOW));
    }

    @Test
    void theOfficeRecordsTheVoteAfterTheProposalHasClosed() {
        fixture.given(then(
                        allHandlingsClosed(),
                        keyProposalDesignated(),
                        new ProposalClosed(PROPOSAL, SOURCE_CLUES, List.of(), SYSTEM, NOW)))
                .when(new RecordHandlingVote(PROPOSAL, 0, 0, 0, 1, STAFF))
                .expectEvents(new HandlingVoteRecorded(PROPOSAL, 0, 0, 0, 1, STAFF, NOW));
    }

    @Test
    void anotherLeaderDoesNotRecordTheVote() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 31, 8, 2, 1, OTHER_LEADER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_THE_SUPERVISING_LEADER));
    }

    @Test
    void aMemberDoesNotRecordTheVote() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 31, 8, 2, 1, LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void onlyAKeyProposalIsVotedOn() {
        fixture.given(assigned())
                .when(new RecordHandlingVote(PROPOSAL, 31, 8, 2, 1, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_A_KEY_PROPOSAL));
    }

    @Test
    void nothingIsVotedOnBeforeAssignment() {
        fixture.given(then(filed(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 31, 8, 2, 1, SUPERVISING_LEADER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_BEFORE_ASSIGNMENT));
    }

    @Test
    void theVoteIsRecordedOnce() {
        fixture.given(then(
                        assigned(),
                        keyProposalDesignated(),
                        new HandlingVoteRecorded(PROPOSAL, 31, 8, 2, 1, SUPERVISING_LEADER, NOW)))
                .when(new RecordHandlingVote(PROPOSAL, 30, 9, 2, 1, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_ALREADY_RECORDED));
    }

    @Test
    void aVoteCountIsNeverNegative() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 31, -1, 2, 1, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_COUNTS_INVALID));
    }

    @Test
    void aVoteWithoutVotesIsRefused() {
        fixture.given(then(assigned(), keyProposalDesignated()))
                .when(new RecordHandlingVote(PROPOSAL, 0, 0, 0, 0, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.VOTE_COUNTS_INVALID));
    }
}
