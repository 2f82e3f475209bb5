package org.tongxin.engine.proposal;

/**
 * How a proposal reached the committee. A member writes his own online; the proposal office enters on his behalf one
 * handed in on paper or raised in a plenary speech or a group discussion, and records which.
 */
public enum ProposalChannel {
    /** Written by the proposer himself in Tongxin. */
    ONLINE,
    /** 书面提交: handed in on paper and entered by the office. */
    PAPER,
    /** 大会发言: raised in a speech at the plenary session. */
    PLENARY_SPEECH,
    /** 分组讨论: raised in a group discussion. */
    GROUP_DISCUSSION;

    /** Entered by the office on the proposer's behalf. */
    public boolean onBehalf() {
        return this != ONLINE;
    }
}
