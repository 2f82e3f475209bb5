/**
 * The BPMN contract: what a diagram may reference (registered task types, existing delegate beans, bridged
 * messages, timer expressions). Checked in tests and on every deployment, so a designer cannot deploy a process the
 * product cannot run.
 */
package org.tongxin.processes.contract;
