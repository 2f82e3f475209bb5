package org.tongxin.engine.attachment;

/** What a file is for; each purpose belongs to certain kinds of item and is added by certain roles. */
public enum AttachmentPurpose {
    /** A citizen's photo of the problem (随手拍), on a clue. */
    PHOTO,
    /** A member's research report or material, on a clue, proposal or report. */
    RESEARCH_REPORT,
    /** A department's official reply letter with its seal, on its handling. */
    REPLY_LETTER,
    /** A leader's instruction (批示) as scanned, on a report. */
    INSTRUCTION_SCAN,
    /** Anything else the office files with an item. */
    OTHER
}
