package org.tongxin.engine.proposal;

import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.OutcomeClass;

/** How one department's handling ended, as the proposal states it when it closes (for feedback and statistics). */
public record DepartmentOutcome(DepartmentCode department, OutcomeClass outcomeClass, boolean escalatedToSupervision) {}
