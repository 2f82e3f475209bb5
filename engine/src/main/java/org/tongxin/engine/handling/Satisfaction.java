package org.tongxin.engine.handling;

/** The proposer's verdict on one dimension of a reply (满意 / 基本满意 / 不满意). */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED
}
