package org.tongxin.infra.handlings;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.handling.FindHandling;
import org.tongxin.projections.handling.HandlingPage;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.ListHandlings;

/**
 * The department board. A department officer sees their own department only: the query is fixed to it, and asking
 * for another is refused.
 */
@RestController
@RequestMapping("/api/handlings")
@Validated
class HandlingController {

    private final QueryGateway queries;
    private final CurrentUser currentUser;

    HandlingController(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(
            summary = "A department's handlings of every kind of item (or of one kind), oldest due date first, with"
                    + " working days left")
    HandlingPage board(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean includeEnded,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        String scope = Access.department(currentUser.get(), department);
        return queries.query(
                        new ListHandlings(scope, kind == null ? null : kind.name(), status, includeEnded, page, size),
                        ResponseTypes.instanceOf(HandlingPage.class))
                .join();
    }

    @GetMapping("/one")
    @Operation(summary = "One handling by id (handling ids contain '/', so the id is a parameter)")
    HandlingSummary one(@RequestParam String id) {
        HandlingSummary handling = queries.query(
                        new FindHandling(id), ResponseTypes.optionalInstanceOf(HandlingSummary.class))
                .join()
                .orElseThrow(() -> new NotFound("handling " + id));
        String scope = Access.scope(currentUser.get());
        if (scope != null && !scope.equals(handling.handling().department())) {
            // another department's handling does not exist for an officer
            throw new NotFound("handling " + id);
        }
        return handling;
    }
}
