package org.tongxin.engine.consultation;

/** The forms of consultation the committee holds. */
public enum TopicKind {
    /** 有事好商量: a street's or community's matter, with residents at the table. */
    NEIGHBOURHOOD,
    /** 专题协商: a theme the committee studies with departments. */
    THEMATIC,
    /** 协商在线: the public gives opinions online while the topic is open. */
    ONLINE,
    /** 书记有约、知政建言直通车、一起来商量: leaders and members in dialogue. */
    DIALOGUE,
    /** 提案办理协商: members and departments consult on handling proposals. */
    PROPOSAL_HANDLING
}
