package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.CATEGORY;
import static org.tongxin.engine.proposal.ProposalMother.CO_SIGNER;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.NUMBER;
import static org.tongxin.engine.proposal.ProposalMother.OTHER_CO_SIGNER;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.SOURCE_CLUES;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.SYSTEM;
import static org.tongxin.engine.proposal.ProposalMother.filed;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.jointDrafted;
import static org.tongxin.engine.proposal.ProposalMother.jointSubmitted;
import static org.tongxin.engine.proposal.ProposalMother.jointSubmittedEarlier;
import static org.tongxin.engine.proposal.ProposalMother.memberDrafted;
import static org.tongxin.engine.proposal.ProposalMother.proposalFiled;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;

/** Filing review (立案审查): filed, not filed on a coded ground, or turned into a public-opinion report. */
class FilingReviewTest {

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void theOfficeFilesAProposalUnderACategory() {
        fixture.given(inFilingReview())
                .when(new FileProposal(PROPOSAL, " " + CATEGORY, NUMBER, STAFF))
                .expectEvents(proposalFiled());
    }

    @Test
    void aProposalIsFiledOnlyWithItsFilingNumber() {
        fixture.given(inFilingReview())
                .when(new FileProposal(PROPOSAL, CATEGORY, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.FILING_NUMBER_REQUIRED));
        fixture.given(inFilingReview())
                .when(new FileProposal(PROPOSAL, CATEGORY, "第42号", STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.FILING_NUMBER_REQUIRED));
    }

    @Test
    void theFilingNumberIsRecordedOnTheFiledEvent() {
        fixture.given(inFilingReview())
                .when(new FileProposal(PROPOSAL, CATEGORY, "2026-0042", STAFF))
                .expectEvents(new ProposalFiled(PROPOSAL, CATEGORY, STAFF, NOW, "2026-0042"));
    }

    @Test
    void aJointProposalIsReviewedOnceCoSigningHasClosed() {
        fixture.given(
                        jointDrafted(),
                        jointSubmittedEarlier(),
                        new CoSigningClosed(
                                PROPOSAL,
                                List.of(),
                                List.of(CO_SIGNER.userId(), OTHER_CO_SIGNER.userId()),
                                SYSTEM,
                                NOW))
                .when(new FileProposal(PROPOSAL, CATEGORY, NUMBER, STAFF))
                .expectEvents(proposalFiled());
    }

    @Test
    void aJointProposalStillAwaitingCoSignersIsNotReviewed() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new FileProposal(PROPOSAL, CATEGORY, NUMBER, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_IN_FILING_REVIEW));
    }

    @Test
    void aDraftIsNotReviewed() {
        fixture.given(memberDrafted())
                .when(new RejectFiling(
                        PROPOSAL, NotFiledGround.ACADEMIC, NotFiledDisposition.KEPT_FOR_REFERENCE, null, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_IN_FILING_REVIEW));
    }

    @Test
    void aFiledProposalIsNotReviewedAgain() {
        fixture.given(filed())
                .when(new ConvertToOpinionReport(PROPOSAL, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_IN_FILING_REVIEW));
    }

    @Test
    void filingNeedsACategory() {
        fixture.given(inFilingReview())
                .when(new FileProposal(PROPOSAL, "", NUMBER, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CATEGORY_REQUIRED));
    }

    @Test
    void onlyTheOfficeReviews() {
        fixture.given(inFilingReview())
                .when(new FileProposal(PROPOSAL, CATEGORY, NUMBER, LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aNotFiledProposalCarriesItsGroundAndSourceCluesSoTheCluesHearBack() {
        fixture.given(inFilingReview())
                .when(new RejectFiling(
                        PROPOSAL,
                        NotFiledGround.PERSONAL_MATTER,
                        NotFiledDisposition.FORWARDED,
                        " 区信访局 ",
                        "属个人诉求",
                        STAFF))
                .expectEvents(new ProposalNotFiled(
                        PROPOSAL,
                        NotFiledGround.PERSONAL_MATTER,
                        NotFiledDisposition.FORWARDED,
                        "区信访局",
                        "属个人诉求",
                        SOURCE_CLUES,
                        STAFF,
                        NOW));
    }

    @Test
    void aRecipientOrANoteLongerThanItsLimitIsRefused() {
        fixture.given(inFilingReview())
                .when(new RejectFiling(
                        PROPOSAL,
                        NotFiledGround.PERSONAL_MATTER,
                        NotFiledDisposition.FORWARDED,
                        "局".repeat(ProposalLimits.FORWARDED_TO_MAX + 1),
                        null,
                        STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.FILING_TEXT_TOO_LONG));
        fixture.given(inFilingReview())
                .when(new RejectFiling(
                        PROPOSAL,
                        NotFiledGround.PERSONAL_MATTER,
                        NotFiledDisposition.KEPT_FOR_REFERENCE,
                        null,
                        "注".repeat(ProposalLimits.FILING_NOTE_MAX + 1),
                        STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.FILING_TEXT_TOO_LONG));
        fixture.given(inFilingReview())
                .when(new ConvertToOpinionReport(PROPOSAL, "注".repeat(ProposalLimits.FILING_NOTE_MAX + 1), STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.FILING_TEXT_TOO_LONG));
    }

    @Test
    void contentKeptForReferenceIsForwardedNowhere() {
        fixture.given(inFilingReview())
                .when(new RejectFiling(
                        PROPOSAL,
                        NotFiledGround.EMPTY_CONTENT,
                        NotFiledDisposition.KEPT_FOR_REFERENCE,
                        "区信访局",
                        null,
                        STAFF))
                .expectEvents(new ProposalNotFiled(
                        PROPOSAL,
                        NotFiledGround.EMPTY_CONTENT,
                        NotFiledDisposition.KEPT_FOR_REFERENCE,
                        null,
                        null,
                        SOURCE_CLUES,
                        STAFF,
                        NOW));
    }

    @Test
    void notFilingNeedsAGround() {
        fixture.given(inFilingReview())
                .when(new RejectFiling(PROPOSAL, null, NotFiledDisposition.KEPT_FOR_REFERENCE, null, "不合适", STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_FILED_NEEDS_GROUND));
    }

    @Test
    void notFilingSaysWhatHappensToTheContent() {
        fixture.given(inFilingReview())
                .when(new RejectFiling(PROPOSAL, NotFiledGround.SECRETS, null, null, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_FILED_NEEDS_GROUND));
    }

    @Test
    void forwardedContentNamesWhereItWent() {
        fixture.given(inFilingReview())
                .when(new RejectFiling(
                        PROPOSAL, NotFiledGround.PRODUCT_PROMOTION, NotFiledDisposition.FORWARDED, " ", null, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.FORWARDING_NEEDS_RECIPIENT));
    }

    @Test
    void aProposalTurnedIntoAnOpinionReportEndsAndTellsItsClues() {
        fixture.given(inFilingReview())
                .when(new ConvertToOpinionReport(PROPOSAL, "一事一议，适合社情民意信息", STAFF))
                .expectEvents(
                        new ProposalConvertedToOpinionReport(PROPOSAL, "一事一议，适合社情民意信息", SOURCE_CLUES, STAFF, NOW));
    }

    @Test
    void aProposalTurnedIntoAnOpinionReportCannotBeFiled() {
        fixture.given(
                        memberDrafted(),
                        ProposalMother.memberSubmitted(),
                        new ProposalConvertedToOpinionReport(PROPOSAL, null, SOURCE_CLUES, STAFF, NOW))
                .when(new FileProposal(PROPOSAL, CATEGORY, NUMBER, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_IN_FILING_REVIEW));
    }

    @Test
    void aFiledProposalCannotBeWithdrawn() {
        fixture.given(filed())
                .when(new WithdrawProposal(PROPOSAL, null, LEAD))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_WITHDRAWABLE));
    }
}
