/** One-time moves of running process instances onto the current diagrams when what their variables hold changes. */
package org.tongxin.processes.upgrade;
