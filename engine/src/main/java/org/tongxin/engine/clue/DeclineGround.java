package org.tongxin.engine.clue;

/** The coded grounds on which a clue is declined (不予采用); the decline also says where the submitter was sent. */
public enum DeclineGround {
    PERSONAL_DISPUTE,
    LITIGATION_OR_ARBITRATION,
    PETITION_LETTER_MATTER,
    SECRET,
    ADVERTISING,
    EMPTY_CONTENT
}
