/**
 * The inbox table ({@code task_inbox}) behind every task list: a listener the engine gives every user task keeps it in
 * step, in the engine's transaction; the lists read it through the processes' {@code TaskInbox}.
 */
package org.tongxin.infra.tasks.inbox;
