package org.tongxin.engine.consultation;

/** How a department answers a consultation suggestion. */
public enum Adoption {
    ADOPTED,
    PARTLY_ADOPTED,
    /** Not adopted; the answer gives the reason. */
    NOT_ADOPTED,
    /** The department had already done what the suggestion asks. */
    ALREADY_DONE;

    /** Whether the suggestion counts as taken up (adopted in whole or in part, or already done). */
    public boolean takenUp() {
        return this != NOT_ADOPTED;
    }
}
