package org.tongxin.projections.keyproposal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.ListHandlingsOfProposal;
import org.tongxin.projections.proposal.ListKeyProposals;
import org.tongxin.projections.proposal.ProposalView;

/**
 * Joins the key proposals of the proposal read model with the handlings of the handling read model; a handling
 * moved to another department is left out, since it no longer counts.
 */
@Component
class KeyProposalQueries {

    static final String RETURNED = "RETURNED";

    private final QueryGateway queries;

    KeyProposalQueries(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryHandler
    List<KeyProposalClock> handle(ListKeyProposalClocks query) {
        List<ProposalView> proposals = queries.query(
                        new ListKeyProposals(query.supervisingLeader()),
                        ResponseTypes.multipleInstancesOf(ProposalView.class))
                .join();
        return proposals.stream().map(this::clock).toList();
    }

    private KeyProposalClock clock(ProposalView proposal) {
        List<HandlingSummary> handlings = queries
                .query(
                        new ListHandlingsOfProposal(proposal.proposalId()),
                        ResponseTypes.multipleInstancesOf(HandlingSummary.class))
                .join()
                .stream()
                .filter(h -> !RETURNED.equals(h.handling().status()))
                .sorted(Comparator.comparing(
                        (HandlingSummary h) -> h.clock().workingDaysLeft(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int overdue = (int) handlings.stream().filter(h -> h.clock().overdue()).count();
        Integer fewest = handlings.stream()
                .map(h -> h.clock().workingDaysLeft())
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new KeyProposalClock(proposal, handlings, overdue, fewest);
    }
}
