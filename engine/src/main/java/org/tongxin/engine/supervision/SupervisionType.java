package org.tongxin.engine.supervision;

/** How the committee supervises the matter. */
public enum SupervisionType {
    /** 会议监督: at a plenary, standing committee or chairpersons' meeting. */
    MEETING,
    /** 视察监督: members inspect on site. */
    INSPECTION,
    /** 提案监督: through the handling of proposals. */
    PROPOSAL,
    /** 专项监督: a special campaign on one matter. */
    SPECIAL
}
