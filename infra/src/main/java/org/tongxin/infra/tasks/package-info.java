/**
 * Tasks: the inbox and the start page (an overview instead for leaders, supervisors and designers), the task page
 * and its form, the task API.
 */
package org.tongxin.infra.tasks;
