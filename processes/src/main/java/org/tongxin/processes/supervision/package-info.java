/** The {@code supervision} process: its descriptor and its task types. */
package org.tongxin.processes.supervision;
