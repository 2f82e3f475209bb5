package org.tongxin.engine.shared;

/** The class a proposal's reply gives its outcome (A/B/C/D 类); the scale of the proposal kind's replies. */
public enum OutcomeClass {
    /** Solved or adopted. */
    A,
    /** Being solved, or planned with a schedule. */
    B,
    /** To be solved later, when conditions allow. */
    C,
    /** Kept for reference; explained to the proposer. */
    D
}
