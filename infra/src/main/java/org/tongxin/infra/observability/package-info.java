/** Metrics of the read side. */
package org.tongxin.infra.observability;
