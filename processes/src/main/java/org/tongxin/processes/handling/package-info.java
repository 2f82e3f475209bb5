/** The department-handling process: one department's handling of one proposal, from receipt to closing. */
package org.tongxin.processes.handling;
