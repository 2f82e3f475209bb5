/** How process variables hold lists and decision values, so every descriptor writes and reads them one way. */
package org.tongxin.processes.variable;
