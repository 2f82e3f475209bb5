package org.tongxin.infra.clues;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.clue.ClueLimits;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.personaldata.PersonalDataReads;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.PersonalData;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;
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
    private final SubmitterErasure erasure;
    private final PersonalDataReads reads;

    ClueController(QueryGateway queries, CurrentUser currentUser, SubmitterErasure erasure, PersonalDataReads reads) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.erasure = erasure;
        this.reads = reads;
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
            logUnmasked(result.items(), PersonalDataReads.Purpose.CLUE_LIST_API);
            return result;
        }
        return new CluePage(
                result.items().stream().map(PersonalData::masked).toList(),
                result.total(),
                result.page(),
                result.size(),
                result.facets(),
                result.totalCapped());
    }

    @GetMapping("/{id}")
    ClueSummary get(@PathVariable String id) {
        ClueSummary clue = queries.query(
                        new FindClue(id, Access.scope(currentUser.get())),
                        ResponseTypes.optionalInstanceOf(ClueSummary.class))
                .join()
                .orElseThrow(() -> new NotFound("clue " + id));
        if (isStaff()) {
            logUnmasked(List.of(clue), PersonalDataReads.Purpose.CLUE_API);
            return clue;
        }
        return PersonalData.masked(clue);
    }

    private void logUnmasked(List<ClueSummary> shown, PersonalDataReads.Purpose purpose) {
        List<String> unmasked = PersonalData.withContact(shown);
        if (!unmasked.isEmpty()) {
            TongxinUser me = currentUser.get();
            reads.record(me.actor().userId(), me.role().name(), unmasked, purpose);
        }
    }

    record Erasure(String reason) {}

    /** The role is checked before the body, so nobody but the office learns what a valid body looks like. */
    @PostMapping("/{id}/erasure")
    @Operation(summary = "Erase the submitter's name and phone, with the reason (office); every view then shows 已删除")
    ResponseEntity<Void> erase(@PathVariable String id, @RequestBody(required = false) Erasure body) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF));
        String reason = body == null ? null : body.reason();
        if (reason == null || reason.isBlank()) {
            throw new RefusedInput(List.of(new FieldError("reason", "is required")));
        }
        if (reason.strip().length() > ClueLimits.ERASURE_REASON_MAX) {
            throw new RefusedInput(List.of(
                    new FieldError("reason", "must be at most " + ClueLimits.ERASURE_REASON_MAX + " characters")));
        }
        erasure.erase(id, reason, me.actor());
        return ResponseEntity.noContent().build();
    }

    private boolean isStaff() {
        return currentUser.get().role() == Role.STAFF;
    }
}
