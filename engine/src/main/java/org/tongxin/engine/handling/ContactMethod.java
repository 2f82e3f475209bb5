package org.tongxin.engine.handling;

/** How a department reached the proposer before replying (办前沟通). */
public enum ContactMethod {
    PHONE,
    VISIT,
    MEETING,
    MESSAGE
}
