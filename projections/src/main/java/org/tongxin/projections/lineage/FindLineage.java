package org.tongxin.projections.lineage;

/** The lineage graph around a clue, proposal or handling id; answered with an optional {@link Lineage}. */
public record FindLineage(String id) {}
