package org.tongxin.engine.supervision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The entry's lifecycle; the transition table is the single place that says what may follow what. */
public enum SupervisionStatus {
    /** In the pool, no team yet. */
    POOLED,
    /** A team supervises it: activities, findings, rectification. */
    UNDER_WAY,
    /** Closed with its result, fed back to its sources. */
    CLOSED;

    private static final Map<SupervisionStatus, Set<SupervisionStatus>> NEXT = Map.of(
            POOLED, EnumSet.of(UNDER_WAY, CLOSED),
            UNDER_WAY, EnumSet.of(UNDER_WAY, CLOSED),
            CLOSED, EnumSet.noneOf(SupervisionStatus.class));

    public boolean canMoveTo(SupervisionStatus next) {
        return NEXT.get(this).contains(next);
    }
}
