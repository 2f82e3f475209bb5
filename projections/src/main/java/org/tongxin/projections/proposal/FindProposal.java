package org.tongxin.projections.proposal;

/**
 * One proposal by id; answered with an optional {@link ProposalView}. With a {@code department}, only a proposal
 * assigned to it is found (a department officer's reads); null finds any.
 */
public record FindProposal(String proposalId, String department) {

    /** Any proposal, whichever department handles it: for reads whose caller has checked access already. */
    public FindProposal(String proposalId) {
        this(proposalId, null);
    }
}
