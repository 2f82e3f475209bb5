package org.tongxin.infra.admin;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.ops.DeadLetterSequence;
import org.tongxin.projections.ops.DeadLetters;
import org.tongxin.projections.ops.ProjectionOperations;
import org.tongxin.projections.ops.ProjectionStatus;
import org.tongxin.projections.ops.Reconciliation;
import org.tongxin.projections.ops.ReconciliationReport;
import org.tongxin.projections.ops.UnknownDeadLetter;
import org.tongxin.projections.ops.UnknownProjection;

/**
 * Read-model operations for administrators: where each projection stands, rebuilding one from the event store, the
 * dead-letter queues (retry, evict) and the reconciliation of the read models with the event store.
 */
@RestController
@RequestMapping("/api/admin")
class ProjectionAdminController {

    private final ProjectionOperations operations;
    private final DeadLetters deadLetters;
    private final Reconciliation reconciliation;
    private final CurrentUser currentUser;

    ProjectionAdminController(
            ProjectionOperations operations,
            DeadLetters deadLetters,
            Reconciliation reconciliation,
            CurrentUser currentUser) {
        this.operations = operations;
        this.deadLetters = deadLetters;
        this.reconciliation = reconciliation;
        this.currentUser = currentUser;
    }

    /** The outcome of a retry: whether the sequence went through and left the queue. */
    record RetryResult(String group, String sequence, boolean handled) {}

    /** The outcome of an eviction. */
    record EvictResult(String group, String sequence, int evicted) {}

    @GetMapping("/dead-letters")
    @Operation(summary = "Every blocked sequence in the read models' dead-letter queues, oldest event first")
    List<DeadLetterSequence> deadLetters() {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        return deadLetters.list();
    }

    @PostMapping("/dead-letters/{group}/{sequence}/retry")
    @Operation(summary = "Handle a blocked sequence again; {sequence} is the key the list gives")
    RetryResult retry(@PathVariable String group, @PathVariable String sequence) {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        try {
            return new RetryResult(group, sequence, deadLetters.retry(group, sequence));
        } catch (UnknownProjection | UnknownDeadLetter e) {
            throw new NotFound("dead letters " + sequence + " of " + group);
        }
    }

    @PostMapping("/dead-letters/{group}/{sequence}/evict")
    @Operation(summary = "Remove a blocked sequence from the queue; its events stay in the event store")
    EvictResult evict(@PathVariable String group, @PathVariable String sequence) {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        try {
            return new EvictResult(group, sequence, deadLetters.evict(group, sequence));
        } catch (UnknownProjection | UnknownDeadLetter e) {
            throw new NotFound("dead letters " + sequence + " of " + group);
        }
    }

    @PostMapping("/reconciliation")
    @Operation(summary = "Compare every read model with the event store now and re-project what is behind")
    ReconciliationReport reconcile() {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        return reconciliation.run();
    }

    @GetMapping("/reconciliation")
    @Operation(summary = "The last reconciliation's result; 404 before the first run")
    ReconciliationReport lastReconciliation() {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        ReconciliationReport report = reconciliation.lastReport();
        if (report == null) {
            throw new NotFound("reconciliation report");
        }
        return report;
    }

    @GetMapping("/projections")
    @Operation(summary = "Every projection's position, lag and replay progress on this node")
    List<ProjectionStatus> all() {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        return operations.statuses();
    }

    @GetMapping("/projections/{name}")
    ProjectionStatus one(@PathVariable String name) {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        try {
            return operations.status(name);
        } catch (UnknownProjection e) {
            throw new NotFound("projection " + name);
        }
    }

    @PostMapping("/projections/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Clear one projection and rebuild it from the event store; follow it with GET /{name}")
    ProjectionStatus replay(@PathVariable String name) {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        try {
            return operations.replay(name);
        } catch (UnknownProjection e) {
            throw new NotFound("projection " + name);
        }
    }
}
