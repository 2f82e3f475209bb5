package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.CO_SIGNER;
import static org.tongxin.engine.proposal.ProposalMother.EARLIER;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.OTHER_CO_SIGNER;
import static org.tongxin.engine.proposal.ProposalMother.OUTSIDER;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.SYSTEM;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.jointDrafted;
import static org.tongxin.engine.proposal.ProposalMother.jointSubmitted;
import static org.tongxin.engine.proposal.ProposalMother.jointSubmittedEarlier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;

/** Co-signers of a joint proposal confirm or decline before a due date; then co-signing closes. */
class CoSigningTest {

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aCoSignerConfirms() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new ConfirmCoSignature(PROPOSAL, CO_SIGNER))
                .expectEvents(new CoSignatureConfirmed(PROPOSAL, false, CO_SIGNER, NOW));
    }

    @Test
    void aCoSignerDeclinesWithAReason() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new DeclineCoSignature(PROPOSAL, "不熟悉该领域", CO_SIGNER))
                .expectEvents(new CoSignatureDeclined(PROPOSAL, "不熟悉该领域", false, CO_SIGNER, NOW));
    }

    @Test
    void aReasonLongerThanItsLimitIsRefused() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new DeclineCoSignature(PROPOSAL, "由".repeat(ProposalLimits.CO_SIGN_REASON_MAX + 1), CO_SIGNER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGN_REASON_TOO_LONG));
    }

    @Test
    void theLastResponseTellsThatEveryoneHasResponded() {
        fixture.given(jointDrafted(), jointSubmitted(), new CoSignatureConfirmed(PROPOSAL, false, CO_SIGNER, NOW))
                .when(new DeclineCoSignature(PROPOSAL, null, OTHER_CO_SIGNER))
                .expectEvents(new CoSignatureDeclined(PROPOSAL, null, true, OTHER_CO_SIGNER, NOW));
    }

    @Test
    void coSignersMayStillConfirmOnTheDueDay() {
        Instant dueDay = Instant.parse("2026-03-09T15:00:00Z"); // 23:00 in Shanghai
        fixture(Clock.fixed(dueDay, ZoneId.of("Asia/Shanghai")))
                .given(jointDrafted(), jointSubmitted())
                .when(new ConfirmCoSignature(PROPOSAL, CO_SIGNER))
                .expectEvents(new CoSignatureConfirmed(PROPOSAL, false, CO_SIGNER, dueDay));
    }

    @Test
    void noConfirmationAfterTheDueDate() {
        fixture.given(jointDrafted(), jointSubmittedEarlier())
                .when(new ConfirmCoSignature(PROPOSAL, CO_SIGNER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNING_DUE_PASSED));
    }

    @Test
    void onlyAListedCoSignerConfirms() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new ConfirmCoSignature(PROPOSAL, OUTSIDER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_A_CO_SIGNER));
    }

    @Test
    void coSignersAreMembers() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new ConfirmCoSignature(PROPOSAL, STAFF))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aCoSignerRespondsOnce() {
        fixture.given(jointDrafted(), jointSubmitted(), new CoSignatureConfirmed(PROPOSAL, false, CO_SIGNER, NOW))
                .when(new DeclineCoSignature(PROPOSAL, "改变主意", CO_SIGNER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.ALREADY_RESPONDED));
    }

    @Test
    void aProposalInFilingReviewTakesNoConfirmations() {
        fixture.given(inFilingReview())
                .when(new ConfirmCoSignature(PROPOSAL, CO_SIGNER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_AWAITING_CO_SIGNERS));
    }

    @Test
    void unconfirmedCoSignersAreDroppedNotTheProposal() {
        fixture.given(
                        jointDrafted(),
                        jointSubmittedEarlier(),
                        new CoSignatureConfirmed(PROPOSAL, false, CO_SIGNER, EARLIER))
                .when(new CloseCoSigning(PROPOSAL, SYSTEM))
                .expectEvents(new CoSigningClosed(
                        PROPOSAL, List.of(CO_SIGNER.userId()), List.of(OTHER_CO_SIGNER.userId()), SYSTEM, NOW));
    }

    @Test
    void withNobodyConfirmingTheProposalStillGoesToFilingReview() {
        fixture.given(jointDrafted(), jointSubmittedEarlier())
                .when(new CloseCoSigning(PROPOSAL, SYSTEM))
                .expectEvents(new CoSigningClosed(
                        PROPOSAL, List.of(), List.of(CO_SIGNER.userId(), OTHER_CO_SIGNER.userId()), SYSTEM, NOW));
    }

    @Test
    void theOfficeClosesEarlyOnceEveryoneHasResponded() {
        fixture.given(
                        jointDrafted(),
                        jointSubmitted(),
                        new CoSignatureDeclined(PROPOSAL, null, false, CO_SIGNER, NOW),
                        new CoSignatureConfirmed(PROPOSAL, true, OTHER_CO_SIGNER, NOW))
                .when(new CloseCoSigning(PROPOSAL, STAFF))
                .expectEvents(new CoSigningClosed(
                        PROPOSAL, List.of(OTHER_CO_SIGNER.userId()), List.of(CO_SIGNER.userId()), STAFF, NOW));
    }

    @Test
    void coSigningStaysOpenUntilTheDueDateWhileSomeoneHasNotResponded() {
        fixture.given(jointDrafted(), jointSubmitted(), new CoSignatureConfirmed(PROPOSAL, false, CO_SIGNER, NOW))
                .when(new CloseCoSigning(PROPOSAL, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNING_STILL_OPEN));
    }

    @Test
    void onTheDueDayItselfCoSigningIsStillOpen() {
        Instant dueDay = Instant.parse("2026-03-09T02:00:00Z");
        fixture(Clock.fixed(dueDay, ZoneId.of("Asia/Shanghai")))
                .given(jointDrafted(), jointSubmitted())
                .when(new CloseCoSigning(PROPOSAL, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNING_STILL_OPEN));
    }

    @Test
    void aSecondCloseIsRefusedSoARetriedTimerCanTellItWasDone() {
        fixture.given(
                        jointDrafted(),
                        jointSubmittedEarlier(),
                        new CoSigningClosed(
                                PROPOSAL,
                                List.of(),
                                List.of(CO_SIGNER.userId(), OTHER_CO_SIGNER.userId()),
                                SYSTEM,
                                NOW))
                .when(new CloseCoSigning(PROPOSAL, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNING_ALREADY_CLOSED));
    }

    @Test
    void aMembersProposalHasNoCoSigningToClose() {
        fixture.given(inFilingReview())
                .when(new CloseCoSigning(PROPOSAL, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_AWAITING_CO_SIGNERS));
    }

    @Test
    void aMemberCannotCloseCoSigning() {
        fixture.given(jointDrafted(), jointSubmittedEarlier())
                .when(new CloseCoSigning(PROPOSAL, CO_SIGNER))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }
}
