package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.OTHER_PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.SOURCE_CLUES;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.memberDrafted;
import static org.tongxin.engine.proposal.ProposalMother.memberSubmitted;
import static org.tongxin.engine.proposal.ProposalMother.proposalFiled;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merging a proposal into another at the filing review (并案): it ends like one not filed, naming its target. */
class MergeAtFilingReviewTest {

    private static final MergeTarget FILED_TARGET =
            new MergeTarget(OTHER_PROPOSAL, "2026-0042", ProposalStatus.FILED, false);

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void theOfficeMergesAProposalIntoAFiledOne() {
        fixture.given(inFilingReview())
                .when(new MergeProposal(PROPOSAL, FILED_TARGET, "同一问题", STAFF))
                .expectEvents(
                        new ProposalMerged(PROPOSAL, OTHER_PROPOSAL, "2026-0042", "同一问题", SOURCE_CLUES, STAFF, NOW));
    }

    @Test
    void aProposalUnderReviewMayBeTheTarget() {
        MergeTarget underReview =
                new MergeTarget(OTHER_PROPOSAL, "关于校园周边交通的建议", ProposalStatus.IN_FILING_REVIEW, false);
        fixture.given(inFilingReview())
                .when(new MergeProposal(PROPOSAL, underReview, null, STAFF))
                .expectEvents(
                        new ProposalMerged(PROPOSAL, OTHER_PROPOSAL, "关于校园周边交通的建议", null, SOURCE_CLUES, STAFF, NOW));
    }

    @Test
    void theTargetMustExist() {
        fixture.given(inFilingReview())
                .when(new MergeProposal(PROPOSAL, null, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MERGE_TARGET_UNKNOWN));
    }

    @Test
    void aProposalIsNotMergedIntoItself() {
        fixture.given(inFilingReview())
                .when(new MergeProposal(
                        PROPOSAL, new MergeTarget(PROPOSAL, "x", ProposalStatus.IN_FILING_REVIEW, false), null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MERGE_INTO_ITSELF));
    }

    @Test
    void theTargetMustNotItselfBeMerged() {
        fixture.given(inFilingReview())
                .when(new MergeProposal(
                        PROPOSAL, new MergeTarget(OTHER_PROPOSAL, "x", ProposalStatus.NOT_FILED, true), null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MERGE_TARGET_MERGED));
    }

    @Test
    void aWithdrawnTargetIsRefused() {
        fixture.given(inFilingReview())
                .when(new MergeProposal(
                        PROPOSAL, new MergeTarget(OTHER_PROPOSAL, "x", ProposalStatus.WITHDRAWN, false), null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.MERGE_TARGET_NOT_OPEN));
    }

    @Test
    void aMergedProposalIsNotReviewedAgain() {
        fixture.given(
                        memberDrafted(),
                        memberSubmitted(),
                        new ProposalMerged(PROPOSAL, OTHER_PROPOSAL, "2026-0042", null, SOURCE_CLUES, STAFF, NOW))
                .when(new MergeProposal(PROPOSAL, FILED_TARGET, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_IN_FILING_REVIEW));
    }

    @Test
    void aFiledProposalIsNotMerged() {
        fixture.given(memberDrafted(), memberSubmitted(), proposalFiled())
                .when(new MergeProposal(PROPOSAL, FILED_TARGET, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_IN_FILING_REVIEW));
    }
}
