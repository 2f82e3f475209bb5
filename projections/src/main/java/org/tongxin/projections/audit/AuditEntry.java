package org.tongxin.projections.audit;

import java.time.Instant;
import org.tongxin.engine.shared.Phrase;

/** One event as the audit log shows it; the summary is rendered in the reader's language when read. */
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
        Phrase summary) {}
