package org.tongxin.infra.mywork;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.Paging;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeRegistry;
import org.tongxin.processes.task.UserTasks;
import org.tongxin.projections.mywork.CompletedTask;
import org.tongxin.projections.mywork.CompletedTaskPage;
import org.tongxin.projections.mywork.ListCompletedTasks;

/** My work (我的工作): the query of {@code /api/my/work} for a signed-in browser session. */
@Controller
class MyWorkPages {

    private static final int PAGE_SIZE = 50;

    /** A completed task with its type's name. */
    record DoneTask(Label name, CompletedTask task) {}

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final UserTasks tasks;
    private final TaskTypeRegistry registry;

    MyWorkPages(QueryGateway queries, CurrentUser currentUser, UserTasks tasks, TaskTypeRegistry registry) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.registry = registry;
    }

    @GetMapping("/my")
    String myWork(@RequestParam(defaultValue = "0") int completedPage, Model model) {
        TongxinUser me = currentUser.get();
        CompletedTaskPage done = queries.query(
                        new ListCompletedTasks(
                                me.getUsername(), Math.min(Math.max(0, completedPage), Paging.MAX_PAGE), PAGE_SIZE),
                        ResponseTypes.instanceOf(CompletedTaskPage.class))
                .join();
        model.addAttribute(
                "assigned",
                tasks.list(
                        me.taskActor(), new TaskFilter(TaskFilter.Scope.MINE, null, false, null, null), 0, PAGE_SIZE));
        model.addAttribute(
                "offered",
                tasks.list(
                        me.taskActor(),
                        new TaskFilter(TaskFilter.Scope.GROUPS, null, false, null, null),
                        0,
                        PAGE_SIZE));
        model.addAttribute(
                "completed",
                done.items().stream()
                        .map(t -> new DoneTask(name(t.taskKey()), t))
                        .toList());
        model.addAttribute("completedTotal", done.total());
        model.addAttribute("completedPage", Math.min(Math.max(0, completedPage), Paging.MAX_PAGE));
        model.addAttribute("completedPages", (int) Math.ceil(done.total() / (double) PAGE_SIZE));
        return "my";
    }

    private Label name(String taskKey) {
        if (taskKey == null) {
            return new Label("任务", "Task");
        }
        return registry.find(taskKey).map(TaskType::name).orElse(new Label(taskKey, taskKey));
    }
}
