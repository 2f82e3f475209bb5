/** Proposals from their read model, narrowed to a department officer's own. */
package org.tongxin.infra.proposals;
