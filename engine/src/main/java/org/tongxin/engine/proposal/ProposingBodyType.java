package org.tongxin.engine.proposal;

/** The bodies that may put proposals forward collectively. */
public enum ProposingBodyType {
    /** 参加政协的各党派 */
    PARTY_GROUP,
    /** 界别 */
    SECTOR,
    /** 政协专门委员会 */
    SPECIAL_COMMITTEE
}
