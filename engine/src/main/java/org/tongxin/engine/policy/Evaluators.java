package org.tongxin.engine.policy;

/** Who evaluates a department's reply, by the kind of item handled. */
public enum Evaluators {
    /** The submitters given with the assignment, at least one: for a proposal, the proposer and confirmed co-signers. */
    SUBMITTERS,
    /** Exactly one person given with the assignment, the item's author. */
    AUTHOR,
    /** Nobody: the reply settles its round as soon as it is given. */
    NONE
}
