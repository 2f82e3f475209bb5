package org.tongxin.processes.task;

/** Turns a validated form into the command a task type sends. */
@FunctionalInterface
public interface TaskCommand {

    Completion toCommand(TaskContext context, FormValues values);
}
