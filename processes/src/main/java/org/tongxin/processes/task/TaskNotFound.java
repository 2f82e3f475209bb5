package org.tongxin.processes.task;

/** No open task with that id, or none this user may see (the two are not told apart, so ids are not probed). */
public final class TaskNotFound extends RuntimeException {

    public TaskNotFound(String taskId) {
        super("no open task " + taskId);
    }
}
