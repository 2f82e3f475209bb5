package org.tongxin.engine.proposal;

import org.tongxin.engine.shared.OutcomeClass;

/**
 * What the proposal needs to know of a closed handling; the reply itself stays with the handling. {@code
 * escalatedToSupervision} marks a handling that ended in the supervision pool (民主监督议题库) instead of a satisfied
 * proposer.
 */
public record OutcomeSummary(OutcomeClass outcomeClass, boolean escalatedToSupervision) {}
