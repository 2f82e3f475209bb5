/** The {@code opinion-report} process: the office's review of a public-opinion report, its tasks and policies. */
package org.tongxin.processes.report;
