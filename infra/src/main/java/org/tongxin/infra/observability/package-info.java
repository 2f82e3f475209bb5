/** Metrics of the read side: projection lag, and the scheduled reconciliation with its mismatch count. */
package org.tongxin.infra.observability;
