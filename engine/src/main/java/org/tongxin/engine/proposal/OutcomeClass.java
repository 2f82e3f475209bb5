package org.tongxin.engine.proposal;

/**
 * The outcome class of a department's reply (A/B/C/D 类, {@code docs/domain.md}). The handling package keeps its own
 * copy for its replies; the two are kept apart on purpose for now, so neither aggregate's events depend on the other's
 * package.
 */
public enum OutcomeClass {
    /** Solved or adopted. */
    A,
    /** Being solved, or planned. */
    B,
    /** To be solved later, when conditions allow. */
    C,
    /** Kept for reference; explained to the proposer. */
    D
}
