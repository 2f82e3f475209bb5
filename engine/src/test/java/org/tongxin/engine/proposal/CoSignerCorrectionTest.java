package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.CO_SIGNER;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.OTHER_CO_SIGNER;
import static org.tongxin.engine.proposal.ProposalMother.OUTSIDER;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.jointDrafted;
import static org.tongxin.engine.proposal.ProposalMother.jointSubmitted;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;

class CoSignerCorrectionTest {

    private static final String REASON = "联名人选错，应为孙委员";

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void theOfficeReplacesACoSignerWhoHasNotAnswered() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new ReplaceCoSigner(PROPOSAL, CO_SIGNER.userId(), OUTSIDER.userId(), REASON, STAFF))
                .expectEvents(
                        new CoSignerReplaced(PROPOSAL, CO_SIGNER.userId(), OUTSIDER.userId(), REASON, STAFF, NOW));
    }

    @Test
    void theReplacementAnswersInTheReplacedCoSignersPlace() {
        fixture.given(
                        jointDrafted(),
                        jointSubmitted(),
                        new CoSignerReplaced(PROPOSAL, CO_SIGNER.userId(), OUTSIDER.userId(), REASON, STAFF, NOW))
                .when(new ConfirmCoSignature(PROPOSAL, OUTSIDER))
                .expectEvents(new CoSignatureConfirmed(PROPOSAL, false, OUTSIDER, NOW));
        fixture.given(
                        jointDrafted(),
                        jointSubmitted(),
                        new CoSignerReplaced(PROPOSAL, CO_SIGNER.userId(), OUTSIDER.userId(), REASON, STAFF, NOW))
                .when(new ConfirmCoSignature(PROPOSAL, CO_SIGNER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_A_CO_SIGNER));
    }

    @Test
    void aCoSignerWhoAnsweredIsNotReplaced() {
        fixture.given(jointDrafted(), jointSubmitted(), new CoSignatureConfirmed(PROPOSAL, false, CO_SIGNER, NOW))
                .when(new ReplaceCoSigner(PROPOSAL, CO_SIGNER.userId(), OUTSIDER.userId(), REASON, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNER_NOT_REPLACEABLE));
    }

    @Test
    void theReplacementIsNeitherListedNorTheLeadProposerAndTheReasonIsGiven() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new ReplaceCoSigner(PROPOSAL, CO_SIGNER.userId(), OTHER_CO_SIGNER.userId(), REASON, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNERS_INVALID));
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new ReplaceCoSigner(PROPOSAL, CO_SIGNER.userId(), LEAD.userId(), REASON, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNERS_INVALID));
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new ReplaceCoSigner(PROPOSAL, CO_SIGNER.userId(), OUTSIDER.userId(), " ", STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNER_REPLACEMENT_REASON_REQUIRED));
    }

    @Test
    void onlyTheOfficeReplacesAndOnlyWhileCoSigningIsOpen() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new ReplaceCoSigner(PROPOSAL, CO_SIGNER.userId(), OUTSIDER.userId(), REASON, LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
        fixture.given(inFilingReview())
                .when(new ReplaceCoSigner(PROPOSAL, CO_SIGNER.userId(), OUTSIDER.userId(), REASON, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_AWAITING_CO_SIGNERS));
    }
}
