package org.tongxin.projections.ops;

import java.time.Instant;

/**
 * One blocked sequence of a read model's dead-letter queue: the events of one aggregate that wait, oldest first.
 * {@code key} names the sequence in URLs (the identifier in base64url, as aggregate ids may hold slashes).
 */
public record DeadLetterSequence(
        String group,
        String key,
        String sequence,
        long letters,
        String eventType,
        String aggregateType,
        String aggregateId,
        Instant enqueuedAt,
        Instant lastTouched,
        String cause) {}
