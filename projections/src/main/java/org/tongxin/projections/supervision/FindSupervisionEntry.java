package org.tongxin.projections.supervision;

/**
 * One entry; with {@code department} (a department officer's) only if an item went to that department, and then
 * with that department's items only. Answered with an optional {@link SupervisionView}.
 */
public record FindSupervisionEntry(String supervisionId, String department) {}
