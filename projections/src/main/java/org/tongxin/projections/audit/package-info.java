/**
 * The audit log: one row per event with its global position, time, actor, role, department, aggregate and a readable
 * summary that never carries a submitter's personal data.
 */
package org.tongxin.projections.audit;
