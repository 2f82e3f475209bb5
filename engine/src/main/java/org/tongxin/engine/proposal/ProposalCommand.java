package org.tongxin.engine.proposal;

import org.tongxin.engine.shared.Command;

public sealed interface ProposalCommand extends Command
        permits DraftProposal,
                EditProposalDraft,
                SubmitProposal,
                ConfirmCoSignature,
                DeclineCoSignature,
                CloseCoSigning,
                ReplaceCoSigner,
                WithdrawProposal,
                FileProposal,
                RejectFiling,
                MergeProposal,
                ConvertToOpinionReport,
                DesignateKeyProposal,
                AssignDepartments,
                ReassignDepartment,
                RecordHandlingClosed,
                RecordHandlingVote,
                RecordKeyProposalMeeting,
                RecordSupervisionResult,
                CloseProposal {

    ProposalId proposalId();
}
