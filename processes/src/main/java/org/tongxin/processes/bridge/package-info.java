/**
 * Bridges: events that start or move processes (start an instance, correlate a message), delivered in a subscribing
 * processor so that the BPMN side effect commits (or rolls back) with the event that caused it. A bridge only
 * correlates; an event that should make the domain act is a policy's.
 */
package org.tongxin.processes.bridge;
