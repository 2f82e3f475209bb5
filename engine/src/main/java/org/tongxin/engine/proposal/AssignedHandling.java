package org.tongxin.engine.proposal;

import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;

/**
 * A department's handling of this proposal as the assignment opened it. The id, {@code <proposalId>/<department>/<n>}
 * with n counting that department's handlings of the proposal from 1, is decided here so that the process opens the
 * Handling aggregate under the same id every time it replays or retries.
 */
public record AssignedHandling(String handlingId, DepartmentCode department, HandlingRole role) {}
