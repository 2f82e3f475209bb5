package org.tongxin.engine.report;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The report's lifecycle; the transition table is the single place that says what may follow what. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    ADOPTED,
    NOT_ADOPTED;

    private static final Map<ReportStatus, Set<ReportStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(ADOPTED, NOT_ADOPTED),
            ADOPTED, EnumSet.noneOf(ReportStatus.class),
            NOT_ADOPTED, EnumSet.noneOf(ReportStatus.class));

    public boolean canMoveTo(ReportStatus next) {
        return NEXT.get(this).contains(next);
    }
}
