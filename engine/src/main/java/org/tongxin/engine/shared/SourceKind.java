package org.tongxin.engine.shared;

/**
 * What a department's handling (办理) is about. Each kind has its own handling rules (who evaluates the reply, whether
 * co-handlers exist, whether an unsatisfied reply is handled again, the reply's outcome scale) and deadlines.
 */
public enum SourceKind {
    /** A filed proposal (提案) assigned to departments. */
    PROPOSAL,
    /** A leader's instruction (批示) on a public-opinion report, transferring the matter to departments. */
    INSTRUCTION,
    /** One itemized suggestion of a consultation meeting (协商成果). */
    CONSULTATION_SUGGESTION,
    /** A supervision finding a department must rectify (整改). */
    RECTIFICATION;

    /**
     * The prefix a handling id of this kind starts with; proposals have none, so every handling id stored before
     * kinds existed reads as a proposal's.
     */
    String idPrefix() {
        return this == PROPOSAL ? "" : name().toLowerCase(java.util.Locale.ROOT) + ":";
    }
}
