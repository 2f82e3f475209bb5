package org.tongxin.projections.clue;

/** One clue by id; answered with an optional {@link ClueSummary}. */
public record FindClue(String clueId) {}
