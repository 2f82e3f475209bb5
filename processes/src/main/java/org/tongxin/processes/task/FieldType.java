package org.tongxin.processes.task;

/** Kinds of form field a task type may ask for. */
public enum FieldType {
    TEXT,
    TEXTAREA,
    CHOICE,
    DATE,
    NUMBER,
    BOOLEAN,
    /** The id of another case, e.g. the earlier clue a clue is merged into. */
    REFERENCE
}
