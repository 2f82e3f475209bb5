package org.tongxin.projections.proposal;

/**
 * Key proposals (重点提案), without their full text, those still with their departments first, then the newest;
 * answered with a list of {@link ProposalView}. {@code supervisingLeader} keeps those one leader supervises; null
 * keeps every key proposal.
 */
public record ListKeyProposals(String supervisingLeader) {

    /** More than a committee designates in many years; the page says when the list is cut. */
    public static final int MAX = 500;
}
