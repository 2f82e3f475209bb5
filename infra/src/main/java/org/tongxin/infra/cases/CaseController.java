package org.tongxin.infra.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.Phrases;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.cases.CaseHistory;
import org.tongxin.projections.cases.CaseView;
import org.tongxin.projections.cases.FindCase;
import org.tongxin.projections.cases.FindCaseHistory;
import org.tongxin.projections.cluecase.ListUnansweredClues;
import org.tongxin.projections.cluecase.UnansweredPage;
import org.tongxin.projections.lineage.FindLineage;
import org.tongxin.projections.lineage.Lineage;
import org.tongxin.projections.support.EventDescriptions;

/**
 * Case views of a clue or proposal, live or as of an instant, their history and lineage. A department officer may
 * look at cases their department handles only.
 */
@RestController
@RequestMapping("/api/cases")
@Validated
class CaseController {

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Phrases phrases;

    CaseController(QueryGateway queries, CurrentUser currentUser, Phrases phrases) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.phrases = phrases;
    }

    @GetMapping("/{id}")
    @Operation(summary = "The case of a clue or proposal; with asOf, as it stood at that instant")
    CaseView get(
            @PathVariable String id,
            @Parameter(description = "an ISO-8601 instant with offset, e.g. 2026-05-01T00:00:00+08:00")
                    @RequestParam(required = false)
                    OffsetDateTime asOf) {
        CaseView view = find(id, asOf);
        checkAccess(id, asOf == null ? view : find(id, null));
        return view;
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The case's events in order, with actor, role and time, from the event store")
    History history(@PathVariable String id) {
        if (currentUser.get().role() == Role.DEPT_OFFICER) {
            checkAccess(id, find(id, null));
        }
        CaseHistory history = queries.query(
                        new FindCaseHistory(id), ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .orElseThrow(() -> new NotFound("case " + id));
        return new History(
                history.caseId(),
                history.kind(),
                history.events().stream()
                        .map(e -> new HistoryEvent(
                                e.eventId(),
                                e.time(),
                                e.actorId(),
                                e.actorRole(),
                                e.department(),
                                e.aggregateType(),
                                e.aggregateId(),
                                e.sequence(),
                                e.eventType(),
                                phrases.render(Phrase.of(EventDescriptions.typeKey(e.eventType()))),
                                phrases.render(e.summary()),
                                e.summary()))
                        .toList());
    }

    /** A case's events; each summary rendered in the request's language beside its stored phrase. */
    record History(String caseId, String kind, List<HistoryEvent> events) {}

    record HistoryEvent(
            String eventId,
            Instant time,
            String actorId,
            String actorRole,
            String department,
            String aggregateType,
            String aggregateId,
            Long sequence,
            String eventType,
            String eventName,
            String summary,
            Phrase phrase) {}

    @GetMapping("/{id}/lineage")
    @Operation(summary = "Clue → merged clues → proposal or report → handlings, as nodes and edges")
    Lineage lineage(@PathVariable String id) {
        Access.require(currentUser.get(), Access.READERS_OF_CASES);
        return queries.query(new FindLineage(id), ResponseTypes.optionalInstanceOf(Lineage.class))
                .join()
                .orElseThrow(() -> new NotFound("case " + id));
    }

    @GetMapping("/lineage")
    @Operation(summary = "The lineage around any id, handlings included (their ids contain '/')")
    Lineage lineageOf(@RequestParam String id) {
        return lineage(id);
    }

    @GetMapping("/unanswered")
    @Operation(summary = "件件有回应: clues not yet closed with an answer to their submitter, oldest first")
    UnansweredPage unanswered(
            @RequestParam(required = false) OffsetDateTime registeredBefore,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Access.require(currentUser.get(), Access.READERS_OF_CASES);
        return queries.query(
                        new ListUnansweredClues(
                                registeredBefore == null ? null : registeredBefore.toInstant(), page, size),
                        ResponseTypes.instanceOf(UnansweredPage.class))
                .join();
    }

    private CaseView find(String id, OffsetDateTime asOf) {
        return queries.query(
                        new FindCase(id, asOf == null ? null : asOf.toInstant()),
                        ResponseTypes.optionalInstanceOf(CaseView.class))
                .join()
                .orElseThrow(() -> new NotFound("case " + id));
    }

    private void checkAccess(String id, CaseView live) {
        Access.requireCase(currentUser.get(), id, live);
    }
}
