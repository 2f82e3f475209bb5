package org.tongxin.engine.consultation;

/** Where a topic came from. */
public enum TopicOrigin {
    /** The office made it from clues routed to a consultation topic; the clues are converted and linked. */
    CLUES,
    /** Proposed by members. */
    MEMBERS,
    /** Proposed by a members' workstation (委员工作室). */
    WORKSTATION,
    /** Set by the party committee (党委点题). */
    PARTY_COMMITTEE
}
