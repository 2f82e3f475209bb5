package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.CLUE;
import static org.tongxin.engine.proposal.ProposalMother.CONTENT;
import static org.tongxin.engine.proposal.ProposalMother.CO_SIGNER;
import static org.tongxin.engine.proposal.ProposalMother.CO_SIGNING_DUE;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.OUTSIDER;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.SECTOR;
import static org.tongxin.engine.proposal.ProposalMother.SOURCE_CLUES;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.TITLE;
import static org.tongxin.engine.proposal.ProposalMother.draftBody;
import static org.tongxin.engine.proposal.ProposalMother.draftJoint;
import static org.tongxin.engine.proposal.ProposalMother.draftMember;
import static org.tongxin.engine.proposal.ProposalMother.drafted;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.jointDrafted;
import static org.tongxin.engine.proposal.ProposalMother.jointSubmitted;
import static org.tongxin.engine.proposal.ProposalMother.memberDrafted;
import static org.tongxin.engine.proposal.ProposalMother.memberSubmitted;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;

/** Drafting, submitting and withdrawing. */
class ProposalDraftingTest {

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aMemberDraftsHisOwnProposal() {
        fixture.givenNoPriorActivity()
                .when(draftMember())
                .expectSuccessfulHandlerExecution()
                .expectEvents(memberDrafted());
    }

    @Test
    void aJointProposalListsItsCoSigners() {
        fixture.givenNoPriorActivity().when(draftJoint()).expectEvents(jointDrafted());
    }

    @Test
    void theOfficeDraftsABodysProposal() {
        fixture.givenNoPriorActivity().when(draftBody()).expectEvents(drafted(draftBody()));
    }

    @Test
    void titleAndContentAreStrippedAndAClueAdoptedTwiceIsListedOnce() {
        DraftProposal messy = new DraftProposal(
                PROPOSAL,
                "  " + TITLE + " ",
                CONTENT + "\n",
                ProposerKind.MEMBER,
                LEAD.userId(),
                null,
                null,
                List.of(CLUE, CLUE),
                LEAD);
        fixture.givenNoPriorActivity()
                .when(messy)
                .expectEvents(new ProposalDrafted(
                        PROPOSAL,
                        TITLE,
                        CONTENT,
                        ProposerKind.MEMBER,
                        LEAD.userId(),
                        List.of(),
                        null,
                        List.of(CLUE),
                        LEAD,
                        NOW));
    }

    @Test
    void aProposalWithoutContentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(withText(TITLE, " "))
                .expectNoEvents()
                .expectException(violates(ProposalRule.TITLE_AND_CONTENT_REQUIRED));
    }

    @Test
    void aTitleLongerThanTheLimitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(withText("题".repeat(ProposalLimits.TITLE_MAX + 1), CONTENT))
                .expectNoEvents()
                .expectException(violates(ProposalRule.TOO_LONG));
    }

    @Test
    void contentOfExactlyTheLimitIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(withText(TITLE, "字".repeat(ProposalLimits.CONTENT_MAX)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aProposalNeedsAKind() {
        DraftProposal noKind =
                new DraftProposal(PROPOSAL, TITLE, CONTENT, null, LEAD.userId(), List.of(), null, List.of(), LEAD);
        fixture.givenNoPriorActivity()
                .when(noKind)
                .expectNoEvents()
                .expectException(violates(ProposalRule.PROPOSER_REQUIRED));
    }

    @Test
    void aJointProposalWithoutCoSignersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(withCoSigners(ProposerKind.JOINT, List.of()))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNERS_DO_NOT_FIT_KIND));
    }

    @Test
    void aMembersProposalHasNoCoSigners() {
        fixture.givenNoPriorActivity()
                .when(withCoSigners(ProposerKind.MEMBER, List.of(CO_SIGNER.userId())))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNERS_DO_NOT_FIT_KIND));
    }

    @Test
    void aCoSignerListedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(withCoSigners(ProposerKind.JOINT, List.of(CO_SIGNER.userId(), CO_SIGNER.userId())))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNERS_INVALID));
    }

    @Test
    void theLeadProposerCannotAlsoCoSign() {
        fixture.givenNoPriorActivity()
                .when(withCoSigners(ProposerKind.JOINT, List.of(CO_SIGNER.userId(), LEAD.userId())))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNERS_INVALID));
    }

    @Test
    void aBodysProposalNamesItsBody() {
        DraftProposal nameless = new DraftProposal(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.BODY,
                LEAD.userId(),
                List.of(),
                new ProposingBody(ProposingBodyType.PARTY_GROUP, " "),
                List.of(),
                STAFF);
        fixture.givenNoPriorActivity()
                .when(nameless)
                .expectNoEvents()
                .expectException(violates(ProposalRule.BODY_DOES_NOT_FIT_KIND));
    }

    @Test
    void aMembersProposalNamesNoBody() {
        DraftProposal withBody = new DraftProposal(
                PROPOSAL, TITLE, CONTENT, ProposerKind.MEMBER, LEAD.userId(), List.of(), SECTOR, List.of(), LEAD);
        fixture.givenNoPriorActivity()
                .when(withBody)
                .expectNoEvents()
                .expectException(violates(ProposalRule.BODY_DOES_NOT_FIT_KIND));
    }

    @Test
    void aMemberCannotDraftInAnotherMembersName() {
        DraftProposal forSomeoneElse = new DraftProposal(
                PROPOSAL, TITLE, CONTENT, ProposerKind.MEMBER, LEAD.userId(), List.of(), null, List.of(), OUTSIDER);
        fixture.givenNoPriorActivity()
                .when(forSomeoneElse)
                .expectNoEvents()
                .expectException(violates(ProposalRule.DRAFTS_ONLY_OWN));
    }

    @Test
    void aMemberCannotDraftForABody() {
        DraftProposal byMember = new DraftProposal(
                PROPOSAL, TITLE, CONTENT, ProposerKind.BODY, LEAD.userId(), List.of(), SECTOR, List.of(), LEAD);
        fixture.givenNoPriorActivity()
                .when(byMember)
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aMembersProposalGoesStraightToFilingReview() {
        fixture.given(memberDrafted()).when(new SubmitProposal(PROPOSAL, LEAD)).expectEvents(memberSubmitted());
    }

    @Test
    void aJointProposalWaitsSevenDaysForItsCoSigners() {
        fixture.given(jointDrafted())
                .when(new SubmitProposal(PROPOSAL, LEAD))
                .expectEvents(new ProposalSubmitted(
                        PROPOSAL,
                        ProposerKind.JOINT,
                        List.of(CO_SIGNER.userId(), ProposalMother.OTHER_CO_SIGNER.userId()),
                        CO_SIGNING_DUE,
                        LEAD,
                        NOW));
    }

    @Test
    void coSigningThatWouldEndInTheMayDayHolidayEndsOnTheNextWorkingDay() {
        // Monday 27 April plus seven days is 4 May, inside the 1-5 May holiday; 6 May is the next working day
        Instant monday = Instant.parse("2026-04-27T02:00:00Z");
        fixture(Clock.fixed(monday, ZoneId.of("Asia/Shanghai")))
                .given(jointDrafted())
                .when(new SubmitProposal(PROPOSAL, LEAD))
                .expectEvents(new ProposalSubmitted(
                        PROPOSAL,
                        ProposerKind.JOINT,
                        draftJoint().coSigners(),
                        LocalDate.of(2026, 5, 6),
                        LEAD,
                        monday));
    }

    @Test
    void submissionDayIsTheCommitteesDayNotUtcs() {
        // 20:00 UTC on Monday 2 March is already Tuesday 3 March in Shanghai: due Tuesday 10 March, not Monday 9
        Instant mondayEveningUtc = Instant.parse("2026-03-02T20:00:00Z");
        fixture(Clock.fixed(mondayEveningUtc, ZoneId.of("Asia/Shanghai")))
                .given(jointDrafted())
                .when(new SubmitProposal(PROPOSAL, LEAD))
                .expectEvents(new ProposalSubmitted(
                        PROPOSAL,
                        ProposerKind.JOINT,
                        draftJoint().coSigners(),
                        LocalDate.of(2026, 3, 10),
                        LEAD,
                        mondayEveningUtc));
    }

    @Test
    void theOfficeSubmitsABodysProposal() {
        fixture.given(drafted(draftBody()))
                .when(new SubmitProposal(PROPOSAL, STAFF))
                .expectEvents(new ProposalSubmitted(PROPOSAL, ProposerKind.BODY, List.of(), null, STAFF, NOW));
    }

    @Test
    void aProposalIsSubmittedOnce() {
        fixture.given(inFilingReview())
                .when(new SubmitProposal(PROPOSAL, LEAD))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_A_DRAFT));
    }

    @Test
    void aJointProposalAwaitingCoSignersIsNotSubmittedAgain() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new SubmitProposal(PROPOSAL, LEAD))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_A_DRAFT));
    }

    @Test
    void aCoSignerCannotSubmit() {
        fixture.given(jointDrafted())
                .when(new SubmitProposal(PROPOSAL, CO_SIGNER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.SUBMITTER_NOT_PROPOSER));
    }

    @Test
    void theOfficeCannotSubmitAMembersProposal() {
        fixture.given(memberDrafted())
                .when(new SubmitProposal(PROPOSAL, STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.SUBMITTER_NOT_PROPOSER));
    }

    @Test
    void theLeadWithdrawsADraft() {
        fixture.given(memberDrafted())
                .when(new WithdrawProposal(PROPOSAL, "并入另一件提案", LEAD))
                .expectEvents(new ProposalWithdrawn(PROPOSAL, "并入另一件提案", SOURCE_CLUES, LEAD, NOW));
    }

    @Test
    void theLeadWithdrawsWhileCoSignersAreAsked() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new WithdrawProposal(PROPOSAL, null, LEAD))
                .expectEvents(new ProposalWithdrawn(PROPOSAL, null, SOURCE_CLUES, LEAD, NOW));
    }

    @Test
    void theLeadWithdrawsDuringFilingReview() {
        fixture.given(inFilingReview())
                .when(new WithdrawProposal(PROPOSAL, "情况已变化", LEAD))
                .expectEvents(new ProposalWithdrawn(PROPOSAL, "情况已变化", SOURCE_CLUES, LEAD, NOW));
    }

    @Test
    void aWithdrawnProposalCannotBeWithdrawnAgain() {
        fixture.given(memberDrafted(), new ProposalWithdrawn(PROPOSAL, null, SOURCE_CLUES, LEAD, NOW))
                .when(new WithdrawProposal(PROPOSAL, null, LEAD))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_WITHDRAWABLE));
    }

    @Test
    void aCoSignerCannotWithdrawTheProposal() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(new WithdrawProposal(PROPOSAL, null, CO_SIGNER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.WITHDRAWER_NOT_PROPOSER));
    }

    private static DraftProposal withText(String title, String content) {
        return new DraftProposal(
                PROPOSAL, title, content, ProposerKind.MEMBER, LEAD.userId(), List.of(), null, List.of(), LEAD);
    }

    private static DraftProposal withCoSigners(ProposerKind kind, List<String> coSigners) {
        return new DraftProposal(PROPOSAL, TITLE, CONTENT, kind, LEAD.userId(), coSigners, null, List.of(), LEAD);
    }
}
