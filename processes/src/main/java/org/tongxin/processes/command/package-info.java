/** How the processes send commands to the engine: one port, so delegates and tasks can be tested without Axon. */
package org.tongxin.processes.command;
