package org.tongxin.engine.shared;

/** Who acts, as listed in {@code docs/domain.md} (Roles); {@code SYSTEM} acts for timers and service tasks. */
public enum Role {
    CITIZEN,
    MEMBER,
    STAFF,
    DEPT_OFFICER,
    LEADER,
    SUPERVISOR,
    DESIGNER,
    ADMIN,
    SYSTEM,
    /**
     * The account of a proposing body (a party group, a sector, a special committee), through which the body puts its
     * collective proposals (集体提案) forward itself.
     */
    BODY
}
