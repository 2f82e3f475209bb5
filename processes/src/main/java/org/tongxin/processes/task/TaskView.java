package org.tongxin.processes.task;

import java.time.Instant;
import java.util.List;

/** An open task as listed to a user. */
public record TaskView(
        String id,
        String key,
        Label name,
        String processKey,
        String businessKey,
        Instant created,
        Instant due,
        String assignee,
        List<String> candidateGroups) {}
