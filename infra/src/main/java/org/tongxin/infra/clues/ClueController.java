package org.tongxin.infra.clues;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.PersonalData;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.clue.ClueFilter;
import org.tongxin.projections.clue.CluePage;
import org.tongxin.projections.clue.ClueSort;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClue;
import org.tongxin.projections.clue.ListClues;

/**
 * The clue pool, from its read model. The submitter's contact is shown to staff only; a department officer sees the
 * clues behind proposals assigned to them only.
 */
@RestController
@RequestMapping("/api/clues")
@Validated
class ClueController {

    private final QueryGateway queries;
    private final CurrentUser currentUser;

    ClueController(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @GetMapping
    CluePage list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String street,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String workstation,
            @RequestParam(required = false) String member,
            @RequestParam(required = false) OffsetDateTime from,
            @RequestParam(required = false) OffsetDateTime to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "NEWEST") ClueSort sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        ClueFilter filter = new ClueFilter(
                status,
                category,
                source,
                district,
                street,
                sector,
                workstation,
                member,
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(),
                q);
        CluePage result = queries.query(
                        new ListClues(filter, sort, page, size, Access.scope(currentUser.get())),
                        ResponseTypes.instanceOf(CluePage.class))
                .join();
        if (isStaff()) {
            return result;
        }
        return new CluePage(
                result.items().stream().map(PersonalData::masked).toList(),
                result.total(),
                result.page(),
                result.size(),
                result.facets());
    }

    @GetMapping("/{id}")
    ClueSummary get(@PathVariable String id) {
        ClueSummary clue = queries.query(
                        new FindClue(id, Access.scope(currentUser.get())),
                        ResponseTypes.optionalInstanceOf(ClueSummary.class))
                .join()
                .orElseThrow(() -> new NotFound("clue " + id));
        return isStaff() ? clue : PersonalData.masked(clue);
    }

    private boolean isStaff() {
        return currentUser.get().role() == Role.STAFF;
    }
}
