package org.tongxin.engine.proposal;

public sealed interface ProposalEvent
        permits ProposalDrafted,
                ProposalSubmitted,
                CoSignatureConfirmed,
                CoSignatureDeclined,
                CoSigningClosed,
                ProposalWithdrawn {

    ProposalId proposalId();
}
