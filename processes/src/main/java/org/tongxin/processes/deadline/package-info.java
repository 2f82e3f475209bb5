/** Due dates for BPMN timers and tasks, computed from the deadline policy and the working-day calendar. */
package org.tongxin.processes.deadline;
