package org.tongxin.engine.handling;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The handling's lifecycle; the transition table is the single place that says what may follow what. */
public enum HandlingStatus {
    /** Assigned to the department, not yet received. */
    ASSIGNED,
    /** Received and being handled in the first round. */
    IN_PROGRESS,
    /** The department asked to return the item; its clocks stand still until the office decides. */
    RETURN_REQUESTED,
    /** Replied in the current round; the evaluators are evaluating. */
    REPLIED,
    /** Every evaluator evaluated the round's reply, or the evaluation window closed. */
    EVALUATED,
    /**
     * Being handled again after an unsatisfied evaluation. Apart from IN_PROGRESS because a re-handled round has its
     * own time limit and cannot be returned or extended.
     */
    REHANDLING,
    /** Still unsatisfied with no re-handle left: handed to the supervision pool, awaiting closure. */
    ESCALATED,
    /** The office moved the item to another department; this handling ends here. */
    RETURNED,
    CLOSED;

    private static final Map<HandlingStatus, Set<HandlingStatus>> NEXT = Map.of(
            // RETURNED from ASSIGNED or IN_PROGRESS when the office corrects a wrong assignment before any reply.
            ASSIGNED, EnumSet.of(IN_PROGRESS, RETURN_REQUESTED, RETURNED),
            // CLOSED from IN_PROGRESS only for a co-handler, whose opinion ends its part (Handling decides by role).
            IN_PROGRESS, EnumSet.of(RETURN_REQUESTED, REPLIED, CLOSED, RETURNED),
            // An upheld assignment goes back to where the request came from: assigned or in progress.
            RETURN_REQUESTED, EnumSet.of(ASSIGNED, IN_PROGRESS, RETURNED),
            REPLIED, EnumSet.of(EVALUATED),
            EVALUATED, EnumSet.of(REHANDLING, ESCALATED, CLOSED),
            REHANDLING, EnumSet.of(REPLIED),
            ESCALATED, EnumSet.of(CLOSED),
            RETURNED, EnumSet.noneOf(HandlingStatus.class),
            CLOSED, EnumSet.noneOf(HandlingStatus.class));

    public boolean canMoveTo(HandlingStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Nothing may follow: the handling was returned or closed. */
    public boolean ended() {
        return NEXT.get(this).isEmpty();
    }
}
