package org.tongxin.infra.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClue;

/** Clues from the clue pool read model. The submitter's contact is shown to staff only. */
@RestController
@RequestMapping("/api/clues")
class ClueController {

    private final QueryGateway queries;
    private final CurrentUser currentUser;

    ClueController(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @GetMapping("/{id}")
    ClueSummary get(@PathVariable String id) {
        ClueSummary clue = queries.query(new FindClue(id), ResponseTypes.optionalInstanceOf(ClueSummary.class))
                .join()
                .orElseThrow(() -> new NotFound("clue " + id));
        return currentUser.get().role() == Role.STAFF ? clue : PersonalData.masked(clue);
    }
}
