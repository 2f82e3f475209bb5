/**
 * Policies: when an event happens, the domain is told to do something (an event becomes a command). They send
 * commands and never touch a process; moving a process on is a bridge's work.
 */
package org.tongxin.processes.policy;
