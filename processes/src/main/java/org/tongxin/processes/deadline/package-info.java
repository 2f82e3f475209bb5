/** Beans the BPMN expressions use: due dates and timer dates from the policy and calendar, and list variables. */
package org.tongxin.processes.deadline;
