package org.tongxin.projections.cases;

/**
 * The events of a case in order: the clue's or proposal's own, and those of the proposal a clue became and of every
 * handling of that proposal. Answered with an optional {@link CaseHistory}.
 */
public record FindCaseHistory(String caseId) {}
