/**
 * Metrics: the read side's projection lag and reconciliation mismatches, and the domain's own numbers (items opened
 * and closed, reply days, overdue handlings).
 */
package org.tongxin.infra.observability;
