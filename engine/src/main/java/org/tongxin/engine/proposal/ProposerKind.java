package org.tongxin.engine.proposal;

/** Who puts a proposal forward (全国政协提案工作条例: a member, members jointly, or a participating body). */
public enum ProposerKind {
    /** One member (委员个人提案); no co-signers. */
    MEMBER,
    /** A lead proposer with co-signers (联名提案), who must confirm before a deadline. */
    JOINT,
    /** A party group, sector or special committee (集体提案), entered by the proposal office. */
    BODY
}
