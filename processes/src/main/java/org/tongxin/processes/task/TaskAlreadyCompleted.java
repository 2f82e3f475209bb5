package org.tongxin.processes.task;

/**
 * The task was completed already (已办结) — by this user in another tab, or by a colleague of the same group. Told
 * apart from {@link TaskNotFound} only for someone who could see the task while it was open, so ids are not probed.
 */
public final class TaskAlreadyCompleted extends RuntimeException {

    private final String taskId;

    public TaskAlreadyCompleted(String taskId) {
        super("the task " + taskId + " has already been completed");
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }
}
