package org.tongxin.engine.shared;

/** Roles of DESIGN.md §6; {@code SYSTEM} acts for timers and service tasks. */
public enum Role {
    CITIZEN,
    MEMBER,
    STAFF,
    DEPT_OFFICER,
    LEADER,
    SUPERVISOR,
    DESIGNER,
    ADMIN,
    SYSTEM
}
