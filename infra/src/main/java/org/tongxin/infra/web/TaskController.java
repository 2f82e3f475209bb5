package org.tongxin.infra.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.TaskView;
import org.tongxin.processes.task.UserTasks;

/** Open tasks of the signed-in user, their forms, and completing them. */
@RestController
@RequestMapping("/api/tasks")
@Validated
class TaskController {

    private final UserTasks tasks;
    private final CurrentUser currentUser;

    TaskController(UserTasks tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<TaskView> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return tasks.list(currentUser.get().taskActor(), page * size, size);
    }

    @GetMapping("/{id}")
    TaskView get(@PathVariable String id) {
        return tasks.get(id, currentUser.get().taskActor());
    }

    @GetMapping("/{id}/form")
    FormDefinition form(@PathVariable String id) {
        return tasks.typeOf(id, currentUser.get().taskActor()).form();
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        tasks.complete(id, body == null ? Map.of() : body, currentUser.get().taskActor());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable String id) {
        tasks.claim(id, currentUser.get().taskActor());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        tasks.unclaim(id, currentUser.get().taskActor());
        return ResponseEntity.noContent().build();
    }
}
