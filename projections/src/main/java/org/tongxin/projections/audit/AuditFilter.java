package org.tongxin.projections.audit;

import java.time.Instant;

/** Every criterion is optional; {@code from} is inclusive, {@code to} exclusive; {@code q} a substring of the summary. */
public record AuditFilter(
        String actorId,
        String actorRole,
        String department,
        String aggregateType,
        String aggregateId,
        String eventType,
        Instant from,
        Instant to,
        String q) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null, null);
    }
}
