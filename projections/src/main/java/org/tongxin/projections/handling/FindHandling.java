package org.tongxin.projections.handling;

/** One handling by id; answered with an optional {@link HandlingSummary}. */
public record FindHandling(String handlingId) {}
