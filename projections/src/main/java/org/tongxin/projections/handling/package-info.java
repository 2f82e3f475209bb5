/**
 * The handling read model and the department board: one document per department's handling with its due dates,
 * pauses, replies and evaluations, folded by {@link HandlingFold}; the clock-dependent fields (working days left,
 * overdue) are computed for a given day by {@link HandlingClock}.
 */
package org.tongxin.projections.handling;
