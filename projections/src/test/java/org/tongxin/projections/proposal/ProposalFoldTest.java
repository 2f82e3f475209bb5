package org.tongxin.projections.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongxin.engine.proposal.CoSignatureConfirmed;
import org.tongxin.engine.proposal.CoSigningClosed;
import org.tongxin.engine.proposal.ProposalEvent;
import org.tongxin.engine.proposal.ProposalMother;

class ProposalFoldTest {

    private static ProposalView fold(Object... events) {
        ProposalView view = null;
        for (int i = 0; i < events.length; i++) {
            view = ProposalFold.apply(view, (ProposalEvent) events[i], i);
        }
        return view;
    }

    @Test
    void coSignersWhoDidNotAnswerInTimeAreDropped() {
        ProposalView view = fold(
                ProposalMother.jointDrafted(),
                ProposalMother.jointSubmitted(),
                new CoSignatureConfirmed(ProposalMother.PROPOSAL, false, ProposalMother.CO_SIGNER, ProposalMother.NOW),
                new CoSigningClosed(
                        ProposalMother.PROPOSAL,
                        java.util.List.of(ProposalMother.CO_SIGNER.userId()),
                        java.util.List.of(ProposalMother.OTHER_CO_SIGNER.userId()),
                        ProposalMother.SYSTEM,
                        ProposalMother.NOW));

        assertThat(view.status()).isEqualTo("IN_FILING_REVIEW");
        assertThat(view.coSigners())
                .extracting(CoSigner::userId, CoSigner::response)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProposalMother.CO_SIGNER.userId(), "CONFIRMED"),
                        org.assertj.core.groups.Tuple.tuple(ProposalMother.OTHER_CO_SIGNER.userId(), "DROPPED"));
    }

    @Test
    void eachHandlingIsOpenUntilItsClosureIsRecorded() {
        ProposalView assigned = fold(ProposalMother.assigned());
        assertThat(assigned.status()).isEqualTo("ASSIGNED");
        assertThat(assigned.handlings()).extracting(HandlingRef::state).containsOnly("OPEN");
        assertThat(assigned.replyDue()).isEqualTo(ProposalMother.REPLY_DUE);

        ProposalView closed = fold(ProposalMother.allHandlingsClosed());
        assertThat(closed.handlings())
                .extracting(HandlingRef::state, HandlingRef::outcome)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("CLOSED", "A"));
        assertThat(ProposalFold.apply(closed, ProposalMother.proposalFiled(), 2))
                .isSameAs(closed);
    }

    /** A co-handler's handling closes when it sent its opinion: it has no outcome class of its own. */
    @Test
    void aCoHandlerClosedWithItsOpinionHasNoOutcomeClass() {
        ProposalView view = fold(ProposalMother.then(
                ProposalMother.assigned(),
                new org.tongxin.engine.proposal.HandlingClosureRecorded(
                        ProposalMother.PROPOSAL,
                        ProposalMother.URBAN_MANAGEMENT_HANDLING,
                        ProposalMother.URBAN_MANAGEMENT,
                        new org.tongxin.engine.proposal.OutcomeSummary(null, false),
                        false,
                        ProposalMother.SYSTEM,
                        ProposalMother.NOW)));

        assertThat(view.handlings())
                .filteredOn(h -> h.handlingId().equals(ProposalMother.URBAN_MANAGEMENT_HANDLING))
                .extracting(HandlingRef::state, HandlingRef::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CLOSED", null));
    }

    @Test
    void aReplacedCoSignerGivesWayToTheReplacementWhoIsStillToAnswer() {
        ProposalView view = fold(
                ProposalMother.jointDrafted(),
                ProposalMother.jointSubmitted(),
                new org.tongxin.engine.proposal.CoSignerReplaced(
                        ProposalMother.PROPOSAL,
                        ProposalMother.CO_SIGNER.userId(),
                        ProposalMother.OUTSIDER.userId(),
                        "联名人选错",
                        ProposalMother.STAFF,
                        ProposalMother.NOW));

        assertThat(view.coSigners())
                .extracting(CoSigner::userId, CoSigner::response)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProposalMother.OUTSIDER.userId(), "PENDING"),
                        org.assertj.core.groups.Tuple.tuple(ProposalMother.OTHER_CO_SIGNER.userId(), "PENDING"));
    }

    @Test
    void aRewrittenDraftShowsItsNewTextsAndItsCoSignersStillToAnswer() {
        ProposalView view = fold(
                new org.tongxin.engine.proposal.ProposalDrafted(
                        ProposalMother.PROPOSAL,
                        ProposalMother.TITLE,
                        ProposalMother.CONTENT,
                        org.tongxin.engine.proposal.ProposerKind.MEMBER,
                        ProposalMother.LEAD.userId(),
                        java.util.List.of(),
                        null,
                        java.util.List.of(),
                        ProposalMother.STAFF,
                        ProposalMother.NOW,
                        "城乡建设",
                        "划定停放区。",
                        org.tongxin.engine.proposal.ProposalChannel.PAPER),
                new org.tongxin.engine.proposal.ProposalDraftEdited(
                        ProposalMother.PROPOSAL,
                        "修改后的标题",
                        "修改后的案由",
                        "交通出行",
                        "增设停放区。",
                        org.tongxin.engine.proposal.ProposerKind.JOINT,
                        java.util.List.of(ProposalMother.CO_SIGNER.userId()),
                        ProposalMother.STAFF,
                        ProposalMother.NOW));

        assertThat(view.status()).isEqualTo("DRAFT");
        assertThat(view.title()).isEqualTo("修改后的标题");
        assertThat(view.content()).isEqualTo("修改后的案由");
        assertThat(view.category()).isEqualTo("交通出行");
        assertThat(view.suggestions()).isEqualTo("增设停放区。");
        assertThat(view.kind()).isEqualTo("JOINT");
        assertThat(view.channel()).isEqualTo("PAPER");
        assertThat(view.draftedBy()).isEqualTo(ProposalMother.STAFF.userId());
        assertThat(view.editedAt()).isEqualTo(ProposalMother.NOW);
        assertThat(view.coSigners())
                .extracting(CoSigner::userId, CoSigner::response)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProposalMother.CO_SIGNER.userId(), "PENDING"));
    }
}
