package org.tongxin.projections.supervision;

/**
 * The timeline of an entry: its own events and those of its rectification handlings, oldest first; with
 * {@code department} only that department's handlings. Answered with a list of {@code EventFacts}.
 */
public record FindSupervisionHistory(String supervisionId, String department) {}
