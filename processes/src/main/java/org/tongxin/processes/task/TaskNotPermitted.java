package org.tongxin.processes.task;

/** The user may see the task but not complete it now (claimed by someone else, or the role may not). */
public final class TaskNotPermitted extends RuntimeException {

    public TaskNotPermitted(String message) {
        super(message);
    }
}
