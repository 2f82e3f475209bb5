package org.tongxin.engine.handling;

/** The class a reply gives the proposal's outcome (A/B/C/D 类, {@code docs/domain.md}). */
public enum OutcomeClass {
    /** Solved or adopted. */
    A,
    /** Being solved, or planned with a schedule. */
    B,
    /** To be solved later, when conditions allow. */
    C,
    /** Kept for reference. */
    D
}
