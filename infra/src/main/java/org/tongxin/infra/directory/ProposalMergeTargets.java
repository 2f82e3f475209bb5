package org.tongxin.infra.directory;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.MergeTarget;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalStatus;
import org.tongxin.processes.proposal.MergeTargets;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ProposalView;

/** The proposal a filing review merges another into, as the read model has it. */
@Component
class ProposalMergeTargets implements MergeTargets {

    private final QueryGateway queries;

    ProposalMergeTargets(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Found> find(ProposalId id) {
        return queries.query(new FindProposal(id.value()), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join()
                .map(p -> new Found(
                        new MergeTarget(
                                id,
                                p.number() != null ? p.number() : p.title(),
                                ProposalStatus.valueOf(p.status()),
                                p.mergedInto() != null),
                        p.number() != null));
    }
}
