package org.tongxin.processes.task;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Every task type of every deployed process, by task key. A key registered twice fails the start-up. */
@Component
public class TaskTypeRegistry {

    /** The process variable naming a task's variant; a process that serves several kinds of item names the kind. */
    public static final String VARIANT_VARIABLE = "sourceKind";

    private final Map<String, TaskType> types = new LinkedHashMap<>();
    private final Map<String, TaskType> variants = new LinkedHashMap<>();
    private final Map<String, Set<String>> startVariables = new LinkedHashMap<>();

    public TaskTypeRegistry(List<TaskTypeProvider> providers) {
        for (TaskTypeProvider provider : providers) {
            for (TaskType type : provider.taskTypes()) {
                if (types.putIfAbsent(type.key(), type) != null) {
                    throw new IllegalStateException("task key registered twice: " + type.key());
                }
            }
        }
        for (TaskTypeProvider provider : providers) {
            provider.startVariables().forEach((process, names) -> startVariables
                    .computeIfAbsent(process, p -> new HashSet<>())
                    .addAll(names));
        }
        for (TaskTypeProvider provider : providers) {
            provider.variants().forEach((variant, list) -> {
                for (TaskType type : list) {
                    if (!types.containsKey(type.key())) {
                        throw new IllegalStateException("variant " + variant + " of an unknown task: " + type.key());
                    }
                    if (variants.putIfAbsent(variantKey(type.key(), variant), type) != null) {
                        throw new IllegalStateException("variant registered twice: " + type.key() + " " + variant);
                    }
                }
            });
        }
    }

    public Optional<TaskType> find(String key) {
        return Optional.ofNullable(types.get(key));
    }

    /** The task's type for {@code variant}, or its general type when the variant has none of its own. */
    public Optional<TaskType> find(String key, Object variant) {
        TaskType type = variant == null ? null : variants.get(variantKey(key, variant.toString()));
        return type != null ? Optional.of(type) : find(key);
    }

    private static String variantKey(String key, String variant) {
        return key + "@" + variant;
    }

    /** The variables a process is started with; none known for a process no provider describes. */
    public Set<String> startVariables(String processKey) {
        return Set.copyOf(startVariables.getOrDefault(processKey, Set.of()));
    }

    public Collection<TaskType> all() {
        return types.values();
    }
}
