package org.tongxin.projections.handling;

/**
 * A handling as the board shows it: the view, its proposal's title (from the proposal read model, so it may be null
 * for a moment after assignment), its filing number on the board, and its clock on the day asked.
 */
public record HandlingSummary(HandlingView handling, String proposalTitle, HandlingClock clock, String proposalNumber) {

    public HandlingSummary(HandlingView handling, String proposalTitle, HandlingClock clock) {
        this(handling, proposalTitle, clock, null);
    }
}
