/** The BPMN side of Tongxin: process descriptors, task types, delegates and the event-to-BPMN bridge. */
package org.tongxin.processes;
