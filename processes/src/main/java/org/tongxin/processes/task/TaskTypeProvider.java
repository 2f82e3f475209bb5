package org.tongxin.processes.task;

import java.util.List;

/** Contributed by each process descriptor: the task types of its BPMN. */
public interface TaskTypeProvider {

    List<TaskType> taskTypes();
}
