/**
 * Service-task delegates: each reads its variables, sends one idempotent command (jobs retry) and hands the dates
 * and ids of the resulting events back to the process. A domain refusal is not caught: every command a process sends
 * is idempotent, so a refusal means the diagram and the domain disagree, and the job's retries end in an incident an
 * operator sees, instead of a silently diverted process.
 */
package org.tongxin.processes.delegate;
