/** Key proposals (重点提案) with each department's clock: what a supervising leader and a supervisor follow. */
package org.tongxin.projections.keyproposal;
