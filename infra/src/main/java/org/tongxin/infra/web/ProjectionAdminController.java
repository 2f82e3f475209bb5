package org.tongxin.infra.web;

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
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.projections.ops.ProjectionOperations;
import org.tongxin.projections.ops.ProjectionStatus;
import org.tongxin.projections.ops.UnknownProjection;

/** Read-model operations for administrators: where each projection stands, and rebuilding one from the event store. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionOperations operations;
    private final CurrentUser currentUser;

    ProjectionAdminController(ProjectionOperations operations, CurrentUser currentUser) {
        this.operations = operations;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Every projection's position, lag and replay progress on this node")
    List<ProjectionStatus> all() {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        return operations.statuses();
    }

    @GetMapping("/{name}")
    ProjectionStatus one(@PathVariable String name) {
        Access.require(currentUser.get(), Set.of(Role.ADMIN));
        try {
            return operations.status(name);
        } catch (UnknownProjection e) {
            throw new NotFound("projection " + name);
        }
    }

    @PostMapping("/{name}/replay")
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
