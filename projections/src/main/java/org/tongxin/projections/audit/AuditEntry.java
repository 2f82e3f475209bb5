package org.tongxin.projections.audit;

import java.time.Instant;

/** One event as the audit log shows it. */
public record AuditEntry(
        long globalIndex,
        Instant time,
        String actorId,
        String actorRole,
        String department,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String eventType,
        String summary) {}
