package org.tongxin.engine.clue;

/** Where a clue came from: a member's research, constituents, a citizen's idea, a workstation visit, hotline data. */
public enum ClueSource {
    MEMBER_RESEARCH,
    CONSTITUENTS,
    CITIZEN_IDEA,
    WORKSTATION_VISIT,
    HOTLINE_DATA
}
