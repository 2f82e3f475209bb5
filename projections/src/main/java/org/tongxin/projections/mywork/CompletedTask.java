package org.tongxin.projections.mywork;

import java.time.Instant;
import org.tongxin.engine.shared.Phrase;

/**
 * One task a user completed: which task (its key names the task type), on which case, what it decided (the first
 * event it caused, in words) and when.
 */
public record CompletedTask(
        String taskId,
        String taskKey,
        String actorId,
        String actorRole,
        String department,
        String aggregateType,
        String aggregateId,
        String eventType,
        Phrase summary,
        Instant completedAt) {}
