package org.tongxin.engine.clue;

/** Where a clue came from (DOMAIN.md: research, constituents, citizen idea, workstation visit, hotline data). */
public enum ClueSource {
    MEMBER_RESEARCH,
    CONSTITUENTS,
    CITIZEN_IDEA,
    WORKSTATION_VISIT,
    HOTLINE_DATA
}
