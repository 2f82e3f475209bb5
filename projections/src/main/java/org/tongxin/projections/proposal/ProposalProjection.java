package org.tongxin.projections.proposal;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.ProposalEvent;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.ViewBatch;

/** Folds every proposal event into {@code proposal_view}. */
@Component
@ProcessingGroup(ProposalProjection.GROUP)
public class ProposalProjection {

    public static final String GROUP = "proposals";

    private final ProposalRepository repository;
    private final ViewBatch<ProposalView> views;

    ProposalProjection(ProposalRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.views = new ViewBatch<>(GROUP, "proposal_view", repository::find, repository::saveAll, isolation);
    }

    @EventHandler
    void on(ProposalEvent event, @SequenceNumber long sequence) {
        views.update(event.proposalId().value(), view -> ProposalFold.apply(view, event, sequence));
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<ProposalView> handle(FindProposal query) {
        return repository.find(query.proposalId(), query.department());
    }

    @QueryHandler
    List<ProposalView> handle(ListKeyProposals query) {
        return repository.keyProposals(query);
    }

    @QueryHandler
    List<ProposalView> handle(ListMergedInto query) {
        return repository.mergedInto(query);
    }

    @QueryHandler
    ProposalPage handle(ListProposals query) {
        return repository.list(query);
    }
}
