package org.tongxin.projections.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.report.ReportEvent;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.projections.support.EventFacts;

/**
 * A report's history and its as-of view read off the event store, as the case timeline is: the case history keys
 * clues and proposals only, so a report's page asks here. The as-of view folds with the projection's own fold, so the
 * two agree whenever the projection has caught up.
 */
@Component
class ReportHistory {

    private final EventStore eventStore;

    ReportHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    List<EventFacts> handle(FindReportHistory query) {
        List<DomainEventMessage<?>> own = events(query.reportId());
        List<DomainEventMessage<?>> all = new ArrayList<>(own);
        for (DomainEventMessage<?> m : own) {
            if (m.getPayload() instanceof LeaderInstructionRecorded e) {
                for (HandlingId handling : e.handlings()) {
                    if (query.department() == null
                            || handling.department().value().equals(query.department())) {
                        all.addAll(events(handling.value()));
                    }
                }
            }
        }
        all.sort(Comparator.comparing((DomainEventMessage<?> m) -> m.getTimestamp())
                .thenComparing(DomainEventMessage::getAggregateIdentifier)
                .thenComparingLong(DomainEventMessage::getSequenceNumber));
        return all.stream().map(EventFacts::of).toList();
    }

    @QueryHandler
    Optional<ReportView> handle(FindReportAsOf query) {
        ReportView view = null;
        for (DomainEventMessage<?> m : events(query.reportId())) {
            if (!m.getTimestamp().isAfter(asOf(query)) && m.getPayload() instanceof ReportEvent e) {
                view = ReportFold.apply(view, e, m.getSequenceNumber());
            }
        }
        return Optional.ofNullable(view);
    }

    private static Instant asOf(FindReportAsOf query) {
        return query.asOf() == null ? Instant.MAX : query.asOf();
    }

    private List<DomainEventMessage<?>> events(String aggregateId) {
        // from sequence 0 rather than readEvents(id): a snapshot would skip the early events a fold needs
        return eventStore
                .readEvents(aggregateId, 0L)
                .asStream()
                .<DomainEventMessage<?>>map(m -> m)
                .toList();
    }
}
