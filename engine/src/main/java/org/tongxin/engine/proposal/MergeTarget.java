package org.tongxin.engine.proposal;

/**
 * What the office knows of the proposal another is merged into (并案), looked up when the filing review decides:
 * its id, how people name it (its filing number when it has one, else its title), where it stands and whether it
 * has itself been merged into another. The aggregate decides with these facts; it cannot read another aggregate.
 */
public record MergeTarget(ProposalId id, String label, ProposalStatus status, boolean merged) {}
