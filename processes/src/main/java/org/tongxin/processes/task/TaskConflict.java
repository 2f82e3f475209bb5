package org.tongxin.processes.task;

/**
 * Someone else got to the task first. {@code retryable}: another request changed it at the same moment (the engine's
 * optimistic lock), so running the whole request again, in a new transaction, is safe; otherwise the task is claimed
 * by another user and trying again changes nothing.
 */
public final class TaskConflict extends RuntimeException {

    private final boolean retryable;

    public TaskConflict(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
