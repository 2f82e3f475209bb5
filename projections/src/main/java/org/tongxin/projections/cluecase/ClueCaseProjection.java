package org.tongxin.projections.cluecase;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueEvent;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.ViewBatch;

/** Folds every clue event into {@code clue_case_view}; answers the tracking page and the 件件有回应 check. */
@Component
@ProcessingGroup(ClueCaseProjection.GROUP)
public class ClueCaseProjection {

    public static final String GROUP = "clue-cases";

    private final ClueCaseRepository repository;
    private final ViewBatch<ClueCaseView> views;

    ClueCaseProjection(ClueCaseRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.views = new ViewBatch<>(
                GROUP,
                "clue_case_view",
                repository::find,
                repository::saveAll,
                isolation,
                m -> ClueEvent.class.isAssignableFrom(m.getPayloadType())
                        ? ((ClueEvent) m.getPayload()).clueId().value()
                        : null,
                repository::findAll);
    }

    @EventHandler
    void on(ClueEvent event, @SequenceNumber long sequence) {
        views.update(event.clueId().value(), view -> ClueCaseFold.apply(view, event, sequence));
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<ClueCaseView> handle(FindClueCase query) {
        return repository.find(query.clueId());
    }

    @QueryHandler
    Optional<TrackingView> handle(FindTracking query) {
        return repository.findByTrackingCode(query.trackingCode()).map(TrackingView::of);
    }

    @QueryHandler
    UnansweredPage handle(ListUnansweredClues query) {
        return repository.unanswered(query);
    }
}
