package org.tongxin.engine.report;

/**
 * The level of the body that adopted a report or of the leader who instructed on it (区/市/省/全国); a member's credit
 * counts adoptions and instructions per level.
 */
public enum ReportLevel {
    DISTRICT,
    CITY,
    PROVINCE,
    NATIONAL
}
