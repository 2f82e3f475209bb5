package org.tongxin.engine.bulletin;

/** A reader of an issue: a leader (by user id) or a department (by its code). */
public record Recipient(Kind kind, String id) {

    public enum Kind {
        LEADER,
        DEPARTMENT
    }
}
