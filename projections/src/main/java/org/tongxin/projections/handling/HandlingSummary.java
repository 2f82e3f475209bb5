package org.tongxin.projections.handling;

/**
 * A handling as the board shows it: the view, its proposal's title (from the proposal read model, so it may be null
 * for a moment after assignment) and its clock on the day asked.
 */
public record HandlingSummary(HandlingView handling, String proposalTitle, HandlingClock clock) {}
