package org.tongxin.projections.keyproposal;

/**
 * Key proposals with their departments' clocks on the day asked, answered with a list of {@link KeyProposalClock};
 * {@code supervisingLeader} keeps one leader's, null keeps all.
 */
public record ListKeyProposalClocks(String supervisingLeader) {}
