package org.tongxin.projections.stats;

/**
 * The committee's votes on key proposals (票决评价) recorded in the period: how many, by result, and the share of
 * satisfied and basically satisfied results among them.
 */
public record KeyProposalVotes(
        long voted, long satisfied, long basicallySatisfied, long unsatisfied, Rate satisfiedShare) {}
