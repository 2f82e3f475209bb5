package org.tongxin.projections.supervision;

/**
 * The pool entries a proposal led to: as a key proposal, or through one of its handlings still unsatisfied after its
 * re-handle; answered with a list of {@link SupervisionView}, so the case shows where supervision stands and its result.
 */
public record ListSupervisionEntriesFor(String proposalId) {}
