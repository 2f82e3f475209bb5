package org.tongxin.infra.proposals;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ListProposals;
import org.tongxin.projections.proposal.ProposalPage;
import org.tongxin.projections.proposal.ProposalView;

/** Proposals from their read model; a department officer's reads hold the proposals assigned to them only. */
@RestController
@RequestMapping("/api/proposals")
@Validated
class ProposalController {

    private final QueryGateway queries;
    private final CurrentUser currentUser;

    ProposalController(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(
            summary =
                    "Proposals, newest first; member matches the lead proposer or a co-signer; another's draft is left out")
    ProposalPage list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String member,
            @RequestParam(required = false) Boolean keyProposal,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        TongxinUser me = currentUser.get();
        ProposalPage found = queries.query(
                        new ListProposals(status, category, member, keyProposal, q, page, size, Access.scope(me)),
                        ResponseTypes.instanceOf(ProposalPage.class))
                .join();
        // another's draft is not there for the reader; the total still counts it, so a page may hold fewer
        List<ProposalView> readable = found.items().stream()
                .filter(p -> Access.mayReadProposal(me, p))
                .toList();
        return readable.size() == found.items().size()
                ? found
                : new ProposalPage(readable, found.total(), found.page(), found.size());
    }

    @GetMapping("/{id}")
    ProposalView get(@PathVariable String id) {
        return queries.query(
                        new FindProposal(id, Access.scope(currentUser.get())),
                        ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join()
                .filter(p -> Access.mayReadProposal(currentUser.get(), p))
                .orElseThrow(() -> new NotFound("proposal " + id));
    }
}
