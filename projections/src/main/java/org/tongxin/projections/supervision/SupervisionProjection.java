package org.tongxin.projections.supervision;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.supervision.SpecialSupervisorAppointed;
import org.tongxin.engine.supervision.SpecialSupervisorTermEnded;
import org.tongxin.engine.supervision.SupervisionEvent;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisorFindingRecorded;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.ViewBatch;

/** Folds the supervision pool into {@code supervision_view} and keeps the special supervisors' registry. */
@Component
@ProcessingGroup(SupervisionProjection.GROUP)
public class SupervisionProjection {

    public static final String GROUP = "supervision";

    private final SupervisionRepository repository;
    private final ViewBatch<SupervisionView> views;

    SupervisionProjection(SupervisionRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.views = new ViewBatch<>(GROUP, "supervision_view", repository::find, repository::saveAll, isolation);
    }

    @EventHandler
    void on(SupervisionEvent event, @SequenceNumber long sequence) {
        views.update(event.supervisionId().value(), view -> SupervisionFold.apply(view, event, sequence));
    }

    @EventHandler
    void on(SpecialSupervisorAppointed event) {
        repository.appointed(event);
    }

    @EventHandler
    void on(SpecialSupervisorTermEnded event) {
        repository.ended(event);
    }

    /** The entry a finding becomes has the id the intake policy derives from the finding. */
    @EventHandler
    void on(SupervisorFindingRecorded event) {
        repository.found(
                event,
                SupervisionId.derivedFrom("finding:" + event.source().id()).value());
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<SupervisionView> handle(FindSupervisionEntry query) {
        Optional<SupervisionView> view = repository.find(query.supervisionId());
        if (query.department() == null) {
            return view;
        }
        return view.filter(v -> v.items().stream().anyMatch(i -> i.department().equals(query.department())))
                .map(v -> v.forDepartment(query.department()));
    }

    @QueryHandler
    SupervisionPage handle(ListSupervisionEntries query) {
        SupervisionPage page = repository.list(query);
        if (query.itemsOf() == null) {
            return page;
        }
        return new SupervisionPage(
                page.items().stream().map(v -> v.forDepartment(query.itemsOf())).toList(),
                page.total(),
                page.page(),
                page.size());
    }

    @QueryHandler
    List<SupervisionView> handle(ListSupervisionEntriesFor query) {
        return repository.of(query.proposalId());
    }

    @QueryHandler
    List<SupervisorTerm> handle(ListSpecialSupervisors query) {
        return repository.terms(query);
    }

    @QueryHandler
    List<SupervisorFindingView> handle(ListSupervisorFindings query) {
        return repository.findings(query);
    }
}
