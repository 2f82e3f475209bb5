package org.tongxin.processes.task;

/**
 * Kinds of form field a task type may ask for. The reference kinds name something the system knows (a department,
 * a member, a clue …): the form offers a picker, and the server resolves what was entered — a code, a name, a
 * readable number — to the thing's id, refusing the field when nothing matches.
 */
public enum FieldType {
    TEXT,
    TEXTAREA,
    CHOICE,
    DATE,
    NUMBER,
    BOOLEAN,
    /** A handling department (承办单位), entered by code or name. */
    DEPARTMENT,
    /** A committee member's account, entered by user name or display name. */
    MEMBER,
    /** A supervising leader's account, entered by user name or display name. */
    LEADER,
    /** A clue, entered by its tracking code (TX-…) or id. */
    CLUE,
    /** A proposal, entered by its number (2026-0042) or id. */
    PROPOSAL,
    /** A category from the committee's managed list. */
    CATEGORY;

    public boolean isReference() {
        return ordinal() >= DEPARTMENT.ordinal();
    }
}
