package org.tongxin.processes.task;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every task type of every deployed process, by task key. A key registered twice fails the start-up. */
@Component
public class TaskTypeRegistry {

    private final Map<String, TaskType> types = new LinkedHashMap<>();

    public TaskTypeRegistry(List<TaskTypeProvider> providers) {
        for (TaskTypeProvider provider : providers) {
            for (TaskType type : provider.taskTypes()) {
                if (types.putIfAbsent(type.key(), type) != null) {
                    throw new IllegalStateException("task key registered twice: " + type.key());
                }
            }
        }
    }

    public Optional<TaskType> find(String key) {
        return Optional.ofNullable(types.get(key));
    }

    public Collection<TaskType> all() {
        return types.values();
    }
}
