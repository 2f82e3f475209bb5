package org.tongxin.engine.supervision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** One rectification item (one department's round on one finding). */
public enum RectificationStatus {
    /** Transferred to the department, its answer awaited. */
    TRANSFERRED,
    /** The department answered; the team verifies. */
    ANSWERED,
    /** 验收通过. */
    ACCEPTED,
    /** Not accepted; a new round went to the department. */
    NOT_ACCEPTED,
    /** Not accepted with no round left: the entry closes with it unresolved. */
    UNRESOLVED;

    private static final Map<RectificationStatus, Set<RectificationStatus>> NEXT = Map.of(
            TRANSFERRED, EnumSet.of(ANSWERED),
            ANSWERED, EnumSet.of(ACCEPTED, NOT_ACCEPTED, UNRESOLVED),
            ACCEPTED, EnumSet.noneOf(RectificationStatus.class),
            NOT_ACCEPTED, EnumSet.noneOf(RectificationStatus.class),
            UNRESOLVED, EnumSet.noneOf(RectificationStatus.class));

    public boolean canMoveTo(RectificationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether the item still waits for the department or the team. */
    public boolean open() {
        return this == TRANSFERRED || this == ANSWERED;
    }
}
