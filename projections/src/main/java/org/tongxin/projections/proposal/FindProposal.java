package org.tongxin.projections.proposal;

/** One proposal by id; answered with an optional {@link ProposalView}. */
public record FindProposal(String proposalId) {}
