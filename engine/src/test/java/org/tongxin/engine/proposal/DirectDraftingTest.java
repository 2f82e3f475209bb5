package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.CATEGORY;
import static org.tongxin.engine.proposal.ProposalMother.CONTENT;
import static org.tongxin.engine.proposal.ProposalMother.CO_SIGNER;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.OUTSIDER;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.STAFF;
import static org.tongxin.engine.proposal.ProposalMother.TITLE;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.jointDrafted;
import static org.tongxin.engine.proposal.ProposalMother.jointSubmitted;
import static org.tongxin.engine.proposal.ProposalMother.memberDrafted;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.Role;

/**
 * A member writing a proposal of his own (no clue), editing the draft until he submits it, the office entering one
 * received on paper on a member's behalf, and a body's own account putting its collective proposal forward.
 */
class DirectDraftingTest {

    static final String SUGGESTIONS = "一、划定停放区；二、企业限时清理。";
    static final ActorRef BODY_ACCOUNT = ActorRef.of("body-minjian", Role.BODY);
    static final ProposingBody PARTY = new ProposingBody(ProposingBodyType.PARTY_GROUP, "民建区委会");

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static DraftProposal ownDraft(ProposalChannel channel) {
        return new DraftProposal(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.MEMBER,
                LEAD.userId(),
                List.of(),
                null,
                List.of(),
                LEAD,
                " " + CATEGORY + " ",
                SUGGESTIONS,
                channel);
    }

    private static ProposalDrafted ownDrafted(ActorRef by, ProposalChannel channel) {
        return new ProposalDrafted(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.MEMBER,
                LEAD.userId(),
                List.of(),
                null,
                List.of(),
                by,
                NOW,
                CATEGORY,
                SUGGESTIONS,
                channel);
    }

    private static DraftProposal onBehalf(ProposalChannel channel) {
        return new DraftProposal(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.MEMBER,
                LEAD.userId(),
                List.of(),
                null,
                List.of(),
                STAFF,
                CATEGORY,
                SUGGESTIONS,
                channel);
    }

    private static EditProposalDraft edit(List<String> coSigners, ActorRef by) {
        return new EditProposalDraft(PROPOSAL, "关于共享单车停放的提案（修改稿）", CONTENT, CATEGORY, SUGGESTIONS, coSigners, by);
    }

    @Test
    void aMemberDraftsWithoutAClueWithHisSuggestionsAndCategory() {
        fixture.givenNoPriorActivity()
                .when(ownDraft(ProposalChannel.ONLINE))
                .expectEvents(ownDrafted(LEAD, ProposalChannel.ONLINE));
    }

    @Test
    void aMemberCannotClaimHisOwnProposalCameOnPaper() {
        fixture.givenNoPriorActivity()
                .when(ownDraft(ProposalChannel.PAPER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CHANNEL_DOES_NOT_FIT_DRAFTER));
    }

    @Test
    void suggestionsLongerThanTheLimitAreRefused() {
        DraftProposal tooLong = new DraftProposal(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.MEMBER,
                LEAD.userId(),
                List.of(),
                null,
                List.of(),
                LEAD,
                CATEGORY,
                "议".repeat(ProposalLimits.SUGGESTIONS_MAX + 1),
                null);
        fixture.givenNoPriorActivity().when(tooLong).expectNoEvents().expectException(violates(ProposalRule.TOO_LONG));
    }

    @Test
    void theLeadEditsHisDraftAndAddingACoSignerMakesItJoint() {
        fixture.given(memberDrafted())
                .when(edit(List.of(CO_SIGNER.userId()), LEAD))
                .expectEvents(new ProposalDraftEdited(
                        PROPOSAL,
                        "关于共享单车停放的提案（修改稿）",
                        CONTENT,
                        CATEGORY,
                        SUGGESTIONS,
                        ProposerKind.JOINT,
                        List.of(CO_SIGNER.userId()),
                        LEAD,
                        NOW));
    }

    @Test
    void removingTheLastCoSignerMakesItTheMembersOwnAndItGoesStraightToReviewWhenSubmitted() {
        fixture.given(
                        jointDrafted(),
                        new ProposalDraftEdited(
                                PROPOSAL, TITLE, CONTENT, null, null, ProposerKind.MEMBER, List.of(), LEAD, NOW))
                .when(new SubmitProposal(PROPOSAL, LEAD))
                .expectEvents(new ProposalSubmitted(PROPOSAL, ProposerKind.MEMBER, List.of(), null, LEAD, NOW));
    }

    @Test
    void aSubmittedProposalIsNotEdited() {
        fixture.given(jointDrafted(), jointSubmitted())
                .when(edit(List.of(), LEAD))
                .expectNoEvents()
                .expectException(violates(ProposalRule.NOT_EDITABLE));
    }

    @Test
    void anotherMemberCannotEditTheDraft() {
        fixture.given(memberDrafted())
                .when(edit(List.of(), OUTSIDER))
                .expectNoEvents()
                .expectException(violates(ProposalRule.EDITOR_NOT_PROPOSER));
    }

    @Test
    void theOfficeCannotEditAMembersOwnDraft() {
        fixture.given(memberDrafted())
                .when(edit(List.of(), STAFF))
                .expectNoEvents()
                .expectException(violates(ProposalRule.EDITOR_NOT_PROPOSER));
    }

    @Test
    void anEditNeedsTitleAndContent() {
        fixture.given(memberDrafted())
                .when(new EditProposalDraft(PROPOSAL, " ", CONTENT, null, null, List.of(), LEAD))
                .expectNoEvents()
                .expectException(violates(ProposalRule.TITLE_AND_CONTENT_REQUIRED));
    }

    @Test
    void theLeadCannotCoSignHisOwnDraft() {
        fixture.given(memberDrafted())
                .when(edit(List.of(LEAD.userId()), LEAD))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNERS_INVALID));
    }

    @Test
    void theOfficeEntersAPaperProposalOnAMembersBehalfAndSubmitsIt() {
        fixture.givenNoPriorActivity()
                .when(onBehalf(ProposalChannel.PAPER))
                .expectEvents(new ProposalDrafted(
                        PROPOSAL,
                        TITLE,
                        CONTENT,
                        ProposerKind.MEMBER,
                        LEAD.userId(),
                        List.of(),
                        null,
                        List.of(),
                        STAFF,
                        NOW,
                        CATEGORY,
                        SUGGESTIONS,
                        ProposalChannel.PAPER));
        fixture.given(ownDrafted(STAFF, ProposalChannel.PLENARY_SPEECH))
                .when(new SubmitProposal(PROPOSAL, STAFF))
                .expectEvents(new ProposalSubmitted(PROPOSAL, ProposerKind.MEMBER, List.of(), null, STAFF, NOW));
    }

    @Test
    void theOfficeEntersAMembersProposalOnlyNamingHowItArrived() {
        fixture.givenNoPriorActivity()
                .when(onBehalf(ProposalChannel.ONLINE))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CHANNEL_DOES_NOT_FIT_DRAFTER));
    }

    @Test
    void theMemberMayWithdrawWhatTheOfficeEnteredForHim() {
        fixture.given(ownDrafted(STAFF, ProposalChannel.GROUP_DISCUSSION))
                .when(new WithdrawProposal(PROPOSAL, "已另行提交", LEAD))
                .expectEvents(new ProposalWithdrawn(PROPOSAL, "已另行提交", List.of(), LEAD, NOW));
    }

    @Test
    void aWithdrawalReasonLongerThanTheLimitIsRefused() {
        fixture.given(memberDrafted())
                .when(new WithdrawProposal(PROPOSAL, "因".repeat(ProposalLimits.WITHDRAW_REASON_MAX + 1), LEAD))
                .expectNoEvents()
                .expectException(violates(ProposalRule.TOO_LONG));
    }

    @Test
    void aBodysOwnAccountPutsItsCollectiveProposalForward() {
        DraftProposal byBody = new DraftProposal(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.BODY,
                BODY_ACCOUNT.userId(),
                List.of(),
                PARTY,
                List.of(),
                BODY_ACCOUNT);
        fixture.givenNoPriorActivity()
                .when(byBody)
                .expectEvents(new ProposalDrafted(
                        PROPOSAL,
                        TITLE,
                        CONTENT,
                        ProposerKind.BODY,
                        BODY_ACCOUNT.userId(),
                        List.of(),
                        PARTY,
                        List.of(),
                        BODY_ACCOUNT,
                        NOW));
    }

    @Test
    void aBodysAccountSpeaksOnlyForItself() {
        DraftProposal forAnother = new DraftProposal(
                PROPOSAL, TITLE, CONTENT, ProposerKind.BODY, "body-other", List.of(), PARTY, List.of(), BODY_ACCOUNT);
        fixture.givenNoPriorActivity()
                .when(forAnother)
                .expectNoEvents()
                .expectException(violates(ProposalRule.DRAFTS_ONLY_OWN));
    }

    @Test
    void aBodysAccountDoesNotWriteAMembersProposal() {
        DraftProposal asMember = new DraftProposal(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.MEMBER,
                BODY_ACCOUNT.userId(),
                List.of(),
                null,
                List.of(),
                BODY_ACCOUNT);
        fixture.givenNoPriorActivity()
                .when(asMember)
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aBodysProposalTakesNoCoSignersWhenEdited() {
        ProposalDrafted byBody = new ProposalDrafted(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.BODY,
                BODY_ACCOUNT.userId(),
                List.of(),
                PARTY,
                List.of(),
                BODY_ACCOUNT,
                NOW);
        fixture.given(byBody)
                .when(edit(List.of(CO_SIGNER.userId()), BODY_ACCOUNT))
                .expectNoEvents()
                .expectException(violates(ProposalRule.CO_SIGNERS_DO_NOT_FIT_KIND));
    }
}
