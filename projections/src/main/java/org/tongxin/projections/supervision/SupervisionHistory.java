package org.tongxin.projections.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.supervision.SupervisionEvent;
import org.tongxin.projections.support.EventFacts;

/** An entry's history and its as-of view read off the event store, as the case timeline and as-of view are. */
@Component
class SupervisionHistory {

    private final EventStore eventStore;
    private final SupervisionRepository repository;

    SupervisionHistory(EventStore eventStore, SupervisionRepository repository) {
        this.eventStore = eventStore;
        this.repository = repository;
    }

    @QueryHandler
    List<EventFacts> handle(FindSupervisionHistory query) {
        List<DomainEventMessage<?>> all = new ArrayList<>(events(query.supervisionId()));
        repository.find(query.supervisionId()).ifPresent(view -> view.items().stream()
                .filter(i -> query.department() == null || i.department().equals(query.department()))
                .forEach(i -> all.addAll(events(i.handlingId()))));
        all.sort(Comparator.comparing((DomainEventMessage<?> m) -> m.getTimestamp())
                .thenComparing(DomainEventMessage::getAggregateIdentifier)
                .thenComparingLong(DomainEventMessage::getSequenceNumber));
        return all.stream().map(EventFacts::of).toList();
    }

    /** Folds with the projection's own fold, so the as-of view and the live one agree once the projection caught up. */
    @QueryHandler
    Optional<SupervisionView> handle(FindSupervisionEntryAsOf query) {
        SupervisionView view = null;
        for (DomainEventMessage<?> m : events(query.supervisionId())) {
            if (!m.getTimestamp().isAfter(query.asOf()) && m.getPayload() instanceof SupervisionEvent e) {
                view = SupervisionFold.apply(view, e, m.getSequenceNumber());
            }
        }
        if (view == null || query.department() == null) {
            return Optional.ofNullable(view);
        }
        return Optional.of(view)
                .filter(v -> v.items().stream().anyMatch(i -> i.department().equals(query.department())))
                .map(v -> v.forDepartment(query.department()));
    }

    private List<DomainEventMessage<?>> events(String aggregateId) {
        // from sequence 0 rather than readEvents(id): a snapshot would skip the early events
        return eventStore
                .readEvents(aggregateId, 0L)
                .asStream()
                .<DomainEventMessage<?>>map(m -> m)
                .toList();
    }
}
