package org.tongxin.projections.proposal;

/**
 * The proposals merged into one at the filing review (并案), oldest first, without their full text; answered with a
 * list of {@link ProposalView}.
 */
public record ListMergedInto(String proposalId) {

    /** More than one proposal ever gathers; the page lists them all. */
    public static final int MAX = 200;
}
