package org.tongxin.engine.attachment;

/** The kinds of item a file may belong to. */
public enum ItemKind {
    /** A clue (线索), e.g. a citizen's photos (随手拍) or a member's research notes. */
    CLUE,
    /** A proposal (提案), e.g. the member's research report. */
    PROPOSAL,
    /** A department's handling (办理), e.g. the reply letter with the department's seal. */
    HANDLING,
    /** A public-opinion report (社情民意信息), e.g. the draft's research material or a leader's scanned instruction. */
    REPORT
}
