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
import org.tongxin.projections.support.RowBatch;

/** Writes one {@code audit_entry} row per event of every aggregate. */
@Component
@ProcessingGroup(AuditLogProjection.GROUP)
public class AuditLogProjection {

    public static final String GROUP = "audit-log";

    private final AuditRepository repository;
    private final RowBatch<AuditEntry> rows;

    AuditLogProjection(AuditRepository repository) {
        this.repository = repository;
        this.rows = new RowBatch<>("audit_entry", repository::insertAll);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        EventFacts facts = EventFacts.of(message);
        if (facts.aggregateId() == null || token == null || token.position().isEmpty()) {
            return;
        }
        rows.add(new AuditEntry(
                token.position().getAsLong(),
                facts.time(),
                facts.actorId(),
                facts.actorRole(),
                facts.department(),
                facts.aggregateType(),
                facts.aggregateId(),
                facts.sequence(),
                facts.eventType(),
                facts.summary()));
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
