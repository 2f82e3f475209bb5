package org.tongxin.infra.tasks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
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
import org.tongxin.infra.directory.CaseSearch;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.Conflicts;
import org.tongxin.infra.web.Paging;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskView;
import org.tongxin.processes.task.UserTasks;

/**
 * Open tasks of the signed-in user, their forms, and completing them. Completing, claiming and releasing run again
 * when they lose a race with another request ({@link Conflicts}).
 */
@RestController
@RequestMapping("/api/tasks")
@Validated
class TaskController {

    private final UserTasks tasks;
    private final CurrentUser currentUser;
    private final Conflicts conflicts;

    private final CaseSearch caseSearch;

    TaskController(UserTasks tasks, CurrentUser currentUser, Conflicts conflicts, CaseSearch caseSearch) {
        this.tasks = tasks;
        this.caseSearch = caseSearch;
        this.currentUser = currentUser;
        this.conflicts = conflicts;
    }

    /**
     * Open tasks: {@code scope} ALL (default), MINE (assigned to me) or GROUPS (offered to my groups); {@code
     * dueBefore}, {@code overdue}, {@code process} (process key) and {@code businessKey} narrow the list.
     */
    @GetMapping
    List<TaskView> list(
            @RequestParam(defaultValue = "ALL") TaskFilter.Scope scope,
            @RequestParam(required = false) OffsetDateTime dueBefore,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) String businessKey,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        TaskFilter filter = new TaskFilter(
                scope,
                dueBefore == null ? null : dueBefore.toInstant(),
                overdue,
                process,
                businessKey,
                caseSearch.caseIds(q));
        return tasks.list(currentUser.get().taskActor(), filter, page * size, size);
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
        conflicts.retrying(() -> tasks.complete(
                id, body == null ? Map.of() : body, currentUser.get().taskActor()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable String id) {
        conflicts.retrying(() -> tasks.claim(id, currentUser.get().taskActor()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        conflicts.retrying(() -> tasks.unclaim(id, currentUser.get().taskActor()));
        return ResponseEntity.noContent().build();
    }
}
