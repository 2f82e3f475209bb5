package org.tongxin.engine.proposal;

/** The ten national grounds (全国政协提案工作条例) on which a proposal is not filed (不予立案). */
public enum NotFiledGround {
    /** 涉及党和国家秘密 */
    SECRETS,
    /** 违反宪法和法律法规 */
    PROHIBITED_BY_LAW,
    /** 涉及党政机关内部人事任免 */
    PARTY_INTERNAL_PERSONNEL,
    /** 属于民主党派或人民团体内部事务 */
    PARTY_OR_GROUP_INTERNAL,
    /** 涉及正在进行诉讼、仲裁的 */
    IN_LITIGATION_OR_ARBITRATION,
    /** 属于学术探讨 */
    ACADEMIC,
    /** 为个人及亲属解决个人问题 */
    PERSONAL_MATTER,
    /** 宣传推介具体产品、项目 */
    PRODUCT_PROMOTION,
    /** 对具体个人的检举控告 */
    NAMED_ACCUSATION,
    /** 内容空泛、没有具体建议 */
    EMPTY_CONTENT
}
