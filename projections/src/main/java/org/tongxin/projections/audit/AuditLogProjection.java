package org.tongxin.projections.audit;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.projections.support.EventFacts;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.RowBatch;

/**
 * Writes one {@code audit_entry} row per event of every aggregate, keyed by the event's identifier. The token is no
 * guide to an event's position: for an event that committed after later ones, Axon's gap-aware token carries the
 * highest position seen so far, so the repository reads the event's own position from the event store instead.
 */
@Component
@ProcessingGroup(AuditLogProjection.GROUP)
public class AuditLogProjection {

    public static final String GROUP = "audit-log";

    private final AuditRepository repository;
    private final RowBatch<AuditRepository.Row> rows;

    AuditLogProjection(AuditRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.rows = new RowBatch<>(GROUP, "audit_entry", repository::insertAll, isolation);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        EventFacts facts = EventFacts.of(message);
        if (facts.aggregateId() == null) {
            return;
        }
        Long tokenPosition = token == null || token.position().isEmpty()
                ? null
                : token.position().getAsLong();
        rows.add(new AuditRepository.Row(
                facts.eventId(),
                tokenPosition,
                new AuditEntry(
                        0L,
                        facts.time(),
                        facts.actorId(),
                        facts.actorRole(),
                        facts.department(),
                        facts.aggregateType(),
                        facts.aggregateId(),
                        facts.sequence(),
                        facts.eventType(),
                        facts.summary())));
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    AuditPage handle(ListAuditEntries query) {
        return repository.list(query);
    }

    @QueryHandler
    List<AuditEntry> handle(ExportAuditEntries query) {
        return repository.export(query);
    }
}
