/** The {@code consultation} process: a topic from approval to its result, its tasks, delegates and policies. */
package org.tongxin.processes.consultation;
