package org.tongxin.engine.registry;

/** What a registry entry is: a workstation (委员工作站), a studio (委员工作室) or a sector group (界别活动组). */
public enum StationKind {
    WORKSTATION,
    STUDIO,
    SECTOR_GROUP
}
