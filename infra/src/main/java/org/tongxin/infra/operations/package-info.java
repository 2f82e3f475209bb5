/**
 * Operating running processes (运行监控) for designers and administrators: failed jobs with their error and case, retried
 * from the page and recorded in the audit log, and process instances found by case with their position on the diagram.
 */
package org.tongxin.infra.operations;
