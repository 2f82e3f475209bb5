package org.tongxin.infra.operations;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;

/** Incidents and process instances for API clients: the same as the operations page. */
@RestController
@RequestMapping("/api")
class OperationsController {

    private final Operations operations;
    private final CurrentUser currentUser;

    OperationsController(Operations operations, CurrentUser currentUser) {
        this.operations = operations;
        this.currentUser = currentUser;
    }

    @GetMapping("/incidents")
    @Operation(summary = "Open incidents (failed jobs) with their case, step and error, newest first")
    List<Operations.IncidentRow> incidents() {
        Access.require(currentUser.get(), Operations.READERS);
        return operations.incidents();
    }

    @PostMapping("/incidents/{id}/retry")
    @Operation(summary = "Give an incident's failed job one more try now; recorded in the audit log")
    Operations.IncidentRow retry(@PathVariable String id) {
        Access.require(currentUser.get(), Operations.OPERATORS);
        return operations.retry(id, currentUser.get());
    }

    @GetMapping("/process-instances")
    @Operation(summary = "Cases found by number, title words or business key, with how many process instances they run")
    List<Operations.FoundCase> search(@RequestParam(required = false) String q) {
        Access.require(currentUser.get(), Operations.READERS);
        return operations.search(q);
    }

    @GetMapping("/process-instances/{caseKey}/positions")
    @Operation(summary = "Where each process instance of a case stands: active and completed element ids")
    List<Operations.Diagram> positions(@PathVariable String caseKey) {
        Access.require(currentUser.get(), Operations.READERS);
        return operations.positions(caseKey);
    }

    @ExceptionHandler(Operations.NotRetryable.class)
    ProblemDetail notRetryable(Operations.NotRetryable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "Only a failed job can be retried; this incident has none behind it.");
        problem.setType(URI.create("https://tongxin.org/problems/incident-not-retryable"));
        problem.setTitle("Incident not retryable");
        return problem;
    }
}
