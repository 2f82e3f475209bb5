package org.tongxin.processes.studio;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed case of a process as history recorded it: the variables it was started with, its steps in order, and
 * what each service task wrote (by {@code activityId@businessKey}, in the order the task ran), so a rehearsal can
 * hand a draft the same values without running the real delegates.
 */
public record RecordedCase(
        String businessKey,
        Map<String, Object> startVariables,
        List<RecordedStep> steps,
        Map<String, List<Map<String, Object>>> delegateVariables) {

    public RecordedCase {
        startVariables = Collections.unmodifiableMap(new HashMap<>(startVariables));
        steps = List.copyOf(steps);
        delegateVariables = Map.copyOf(delegateVariables);
    }

    static String delegateKey(String activityId, String businessKey) {
        return activityId + "@" + businessKey;
    }
}
