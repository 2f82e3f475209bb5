package org.tongxin.engine.proposal;

/** What a department does with an assigned proposal. */
public enum HandlingRole {
    /** 主办: answers the proposer, taking in the co-handlers' opinions. */
    LEAD,
    /** 协办: sends its opinion to the lead department. */
    CO,
    /** 分办: answers the proposer on its own part. */
    SEPARATE
}
