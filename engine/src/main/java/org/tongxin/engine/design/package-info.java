/**
 * The design of the processes as a record of decisions: which version of a process a designer deployed and which
 * running cases they moved to it, so the audit log says who changed the committee's rules and when.
 */
package org.tongxin.engine.design;
