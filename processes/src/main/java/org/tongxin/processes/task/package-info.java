/**
 * User tasks as the product sees them: the registry of task types (form, command, who may complete) and the one
 * service that completes a task and sends its command in a single transaction.
 */
package org.tongxin.processes.task;
