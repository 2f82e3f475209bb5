package org.tongxin.projections.caselabel;

/**
 * A clue or proposal as a list names it. {@code number} is the clue's tracking code ({@code TX-…}) or the proposal's
 * filing number ({@code 2026-0042}, null before filing).
 */
public record CaseLabel(String id, Kind kind, String number, String title, String status) {

    public enum Kind {
        CLUE,
        PROPOSAL
    }
}
