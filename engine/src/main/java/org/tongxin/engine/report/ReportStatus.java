package org.tongxin.engine.report;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The report's lifecycle; the transition table is the single place that says what may follow what. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    /** Returned to the author for revision; resubmitted, it is reviewed again. */
    RETURNED,
    ADOPTED,
    NOT_ADOPTED,
    /** Sent on to another channel instead of the bulletin. */
    FORWARDED;

    private static final Map<ReportStatus, Set<ReportStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(ADOPTED, NOT_ADOPTED, RETURNED, FORWARDED),
            RETURNED, EnumSet.of(SUBMITTED),
            ADOPTED, EnumSet.noneOf(ReportStatus.class),
            NOT_ADOPTED, EnumSet.noneOf(ReportStatus.class),
            FORWARDED, EnumSet.noneOf(ReportStatus.class));

    public boolean canMoveTo(ReportStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The author (or the office for them) may still change the text. */
    public boolean isRevisable() {
        return this == DRAFT || this == RETURNED;
    }
}
