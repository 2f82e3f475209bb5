package org.tongxin.projections.activity;

/**
 * The headings of a member's yearly record. Duty shifts, reception visits and research topics come from the registry
 * of workstations and research topics through {@link MemberActivityContributor}s, not from this read model.
 */
public enum ActivityCategory {
    CLUES,
    PROPOSALS,
    REPORTS,
    CONSULTATIONS,
    SUPERVISION,
    DUTY_SHIFT,
    RECEPTION_VISIT,
    RESEARCH_TOPIC
}
