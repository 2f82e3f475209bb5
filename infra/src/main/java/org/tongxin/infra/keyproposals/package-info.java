/** Key proposals (重点提案督办): the supervising leader's list with each department's clock, and 督办 meetings. */
package org.tongxin.infra.keyproposals;
