package org.tongxin.projections.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.projections.support.EventFacts;

/** An entry's history read off the event store, as the case timeline is. */
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

    private List<DomainEventMessage<?>> events(String aggregateId) {
        // from sequence 0 rather than readEvents(id): a snapshot would skip the early events
        return eventStore
                .readEvents(aggregateId, 0L)
                .asStream()
                .<DomainEventMessage<?>>map(m -> m)
                .toList();
    }
}
