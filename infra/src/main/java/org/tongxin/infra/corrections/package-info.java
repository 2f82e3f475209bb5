/** Corrections the office makes after the fact: a handling moved to the right department, a co-signer replaced. */
package org.tongxin.infra.corrections;
