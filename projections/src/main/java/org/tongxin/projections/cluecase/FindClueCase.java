package org.tongxin.projections.cluecase;

/** One clue's case by id; answered with an optional {@link ClueCaseView}. */
public record FindClueCase(String clueId) {}
