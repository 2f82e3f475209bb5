package org.tongxin.engine.clue;

/**
 * Where a clue came from: a member's research, constituents, a citizen's idea, a workstation visit, hotline data, a
 * lower-level committee; and the channels the office enters on someone's behalf: a paper letter (来信), a phone call
 * (电话), a plenary speech (大会发言), a group discussion (分组讨论).
 */
public enum ClueSource {
    MEMBER_RESEARCH,
    CONSTITUENTS,
    CITIZEN_IDEA,
    WORKSTATION_VISIT,
    HOTLINE_DATA,
    /** Escalated from a lower-level committee's Tongxin instance (市区联动); the submitter names that committee. */
    LOWER_COMMITTEE,
    PAPER_LETTER,
    PHONE_CALL,
    PLENARY_SPEECH,
    GROUP_DISCUSSION;

    /** What only the office enters, on behalf of the person who wrote, called or spoke. */
    public boolean enteredByStaffOnly() {
        return this == PAPER_LETTER || this == PHONE_CALL || this == PLENARY_SPEECH || this == GROUP_DISCUSSION;
    }
}
