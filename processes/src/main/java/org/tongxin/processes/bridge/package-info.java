/**
 * Events that start or move processes, delivered in a subscribing processor so that the BPMN side effect commits
 * (or rolls back) with the event that caused it.
 */
package org.tongxin.processes.bridge;
