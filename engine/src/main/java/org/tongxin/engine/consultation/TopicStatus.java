package org.tongxin.engine.consultation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The topic's lifecycle; the transition table is the single place that says what may follow what. */
public enum TopicStatus {
    PROPOSED,
    REFUSED,
    /** Approved (立项) and in preparation: research visits, a report, draft suggestions. */
    APPROVED,
    MEETING_SCHEDULED,
    MEETING_HELD,
    /** The suggestions are with the departments (跟踪督办). */
    FOLLOWING_UP,
    /** Every suggestion answered, or the office closed the follow-up with a reason. */
    FOLLOW_UP_CLOSED,
    /** The result (成果) is recorded and fed back. */
    CONCLUDED;

    private static final Map<TopicStatus, Set<TopicStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(APPROVED, REFUSED),
            REFUSED, EnumSet.noneOf(TopicStatus.class),
            APPROVED, EnumSet.of(MEETING_SCHEDULED),
            MEETING_SCHEDULED, EnumSet.of(MEETING_HELD),
            MEETING_HELD, EnumSet.of(FOLLOWING_UP),
            FOLLOWING_UP, EnumSet.of(FOLLOW_UP_CLOSED),
            FOLLOW_UP_CLOSED, EnumSet.of(CONCLUDED),
            CONCLUDED, EnumSet.noneOf(TopicStatus.class));

    public boolean canMoveTo(TopicStatus next) {
        return NEXT.get(this).contains(next);
    }
}
