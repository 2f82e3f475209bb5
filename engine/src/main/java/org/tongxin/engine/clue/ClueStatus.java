package org.tongxin.engine.clue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The clue's lifecycle; the transition table is the single place that says what may follow what. */
public enum ClueStatus {
    REGISTERED,
    PUBLISHED,
    ADOPTED,
    ROUTED_TO_CONSULTATION,
    ROUTED_TO_OPINION_REPORT,
    CONVERTED,
    DECLINED,
    MERGED,
    CLOSED;

    private static final Map<ClueStatus, Set<ClueStatus>> NEXT = Map.of(
            REGISTERED, EnumSet.of(PUBLISHED, ROUTED_TO_CONSULTATION, ROUTED_TO_OPINION_REPORT, DECLINED, MERGED),
            PUBLISHED, EnumSet.of(ADOPTED),
            ADOPTED, EnumSet.of(CONVERTED),
            ROUTED_TO_CONSULTATION, EnumSet.of(CONVERTED),
            ROUTED_TO_OPINION_REPORT, EnumSet.of(CONVERTED),
            CONVERTED, EnumSet.of(CLOSED),
            DECLINED, EnumSet.of(CLOSED),
            MERGED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ClueStatus.class));

    public boolean canMoveTo(ClueStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The status a classification with this route leads to. */
    public static ClueStatus afterClassification(ClueRoute route) {
        return switch (route) {
            case PUBLISH_FOR_ADOPTION -> PUBLISHED;
            case CONSULTATION_TOPIC -> ROUTED_TO_CONSULTATION;
            case PUBLIC_OPINION_REPORT -> ROUTED_TO_OPINION_REPORT;
            case DECLINE -> DECLINED;
            case MERGE -> MERGED;
        };
    }
}
