/**
 * The member-activity read model (履职档案): every activity a committee member takes part in, folded from the events
 * of each aggregate, by member and year, and the seam other features contribute activities through.
 */
package org.tongxin.projections.activity;
