package org.tongxin.processes.proposal;

import org.tongxin.engine.proposal.AssignedHandling;

/**
 * One assigned handling as the proposal's multi-instance call hands it to its department-handling instance: ids and
 * codes only (text, so each becomes a plain variable of the called process).
 *
 * @param leadHandlingId the lead's handling id for a co-handler, else null
 */
public record HandlingRef(String handlingId, String department, String role, String leadHandlingId) {

    static HandlingRef of(AssignedHandling handling, String leadHandlingId) {
        return new HandlingRef(
                handling.handlingId(),
                handling.department().value(),
                handling.role().name(),
                leadHandlingId);
    }
}
