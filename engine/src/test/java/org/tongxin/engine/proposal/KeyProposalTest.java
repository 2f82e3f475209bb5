package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.SUPERVISING_LEADER;
import static org.tongxin.engine.proposal.ProposalMother.assigned;
import static org.tongxin.engine.proposal.ProposalMother.filed;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.keyProposalDesignated;
import static org.tongxin.engine.proposal.ProposalMother.then;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;

/** Key proposals (重点提案): a supervising leader. */
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
}
