package org.tongxin.engine.shared;

/** A department's part in handling an item (主办 / 协办 / 分办); a merged proposal (并案) is handled through another one. */
public enum HandlingRole {
    /** 主办: replies, taking the co-handlers' opinions into account. */
    LEAD,
    /** 协办: sends its opinion to the lead department and never replies itself. */
    CO,
    /** 分办: replies on its own share of the item. */
    SEPARATE
}
