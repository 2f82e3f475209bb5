package org.tongxin.projections.proposal;

/**
 * A department's handling as the proposal knows it: OPEN, RETURNED (moved to another department) or CLOSED with its
 * outcome class and whether it ended in the supervision pool.
 */
public record HandlingRef(
        String handlingId, String department, String role, String state, String outcome, boolean escalated) {}
