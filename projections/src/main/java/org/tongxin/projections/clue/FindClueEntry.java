package org.tongxin.projections.clue;

/** How the clue {@code clueId} came in; answered with an {@code Optional<ClueEntry>}. */
public record FindClueEntry(String clueId) {}
