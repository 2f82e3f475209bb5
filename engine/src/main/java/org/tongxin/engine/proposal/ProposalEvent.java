package org.tongxin.engine.proposal;

public sealed interface ProposalEvent
        permits ProposalDrafted,
                ProposalDraftEdited,
                ProposalSubmitted,
                CoSignatureConfirmed,
                CoSignatureDeclined,
                CoSigningClosed,
                CoSignerReplaced,
                ProposalWithdrawn,
                ProposalFiled,
                ProposalNotFiled,
                ProposalMerged,
                ProposalConvertedToOpinionReport,
                KeyProposalDesignated,
                ProposalAssigned,
                DepartmentReassigned,
                HandlingClosureRecorded,
                HandlingVoteRecorded,
                KeyProposalMeetingRecorded,
                SupervisionResultRecorded,
                ProposalClosed {

    ProposalId proposalId();
}
