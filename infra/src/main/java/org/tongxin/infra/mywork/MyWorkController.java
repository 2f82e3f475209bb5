package org.tongxin.infra.mywork;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Phrases;
import org.tongxin.infra.web.Paging;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeRegistry;
import org.tongxin.processes.task.TaskView;
import org.tongxin.processes.task.UserTasks;
import org.tongxin.projections.mywork.CompletedTask;
import org.tongxin.projections.mywork.CompletedTaskPage;
import org.tongxin.projections.mywork.ListCompletedTasks;

/**
 * My work (我的工作): the signed-in user's open tasks (assigned to them, and offered to their groups) and the tasks
 * they completed, which stay as the record of what they did.
 */
@RestController
@RequestMapping("/api/my/work")
@Validated
class MyWorkController {

    /** A completed task with its name and what it decided, in the request's language. */
    record NamedCompletedTask(Label name, CompletedTask task, String summary) {}

    record MyWork(
            List<TaskView> assigned, List<TaskView> offered, List<NamedCompletedTask> completed, long completedTotal) {}

    private final UserTasks tasks;
    private final TaskTypeRegistry registry;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Phrases phrases;

    MyWorkController(
            UserTasks tasks,
            TaskTypeRegistry registry,
            QueryGateway queries,
            CurrentUser currentUser,
            Phrases phrases) {
        this.tasks = tasks;
        this.registry = registry;
        this.queries = queries;
        this.currentUser = currentUser;
        this.phrases = phrases;
    }

    private Label name(String taskKey) {
        if (taskKey == null) {
            return new Label("任务", "Task");
        }
        return registry.find(taskKey).map(TaskType::name).orElse(new Label(taskKey, taskKey));
    }

    @GetMapping
    MyWork get(
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int completedPage,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        TongxinUser user = currentUser.get();
        var actor = user.taskActor();
        CompletedTaskPage done = queries.query(
                        new ListCompletedTasks(user.getUsername(), completedPage, size),
                        ResponseTypes.instanceOf(CompletedTaskPage.class))
                .join();
        return new MyWork(
                tasks.list(actor, new TaskFilter(TaskFilter.Scope.MINE, null, false, null, null), 0, size),
                tasks.list(actor, new TaskFilter(TaskFilter.Scope.GROUPS, null, false, null, null), 0, size),
                done.items().stream()
                        .map(t -> new NamedCompletedTask(name(t.taskKey()), t, phrases.render(t.summary())))
                        .toList(),
                done.total());
    }
}
