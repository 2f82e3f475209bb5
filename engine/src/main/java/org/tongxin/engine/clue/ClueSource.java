package org.tongxin.engine.clue;

/**
 * Where a clue came from: a member's research, constituents, a citizen's idea, a workstation visit, hotline data, a
 * lower-level committee.
 */
public enum ClueSource {
    MEMBER_RESEARCH,
    CONSTITUENTS,
    CITIZEN_IDEA,
    WORKSTATION_VISIT,
    HOTLINE_DATA,
    /** Escalated from a lower-level committee's Tongxin instance (市区联动); the submitter names that committee. */
    LOWER_COMMITTEE
}
