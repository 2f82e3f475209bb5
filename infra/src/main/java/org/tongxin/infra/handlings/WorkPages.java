package org.tongxin.infra.handlings;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.directory.DepartmentDirectory;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.Paging;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeRegistry;
import org.tongxin.processes.task.UserTasks;
import org.tongxin.projections.handling.HandlingPage;
import org.tongxin.projections.handling.ListHandlings;
import org.tongxin.projections.member.FindMemberRecord;
import org.tongxin.projections.member.MemberRecord;
import org.tongxin.projections.mywork.CompletedTask;
import org.tongxin.projections.mywork.CompletedTaskPage;
import org.tongxin.projections.mywork.ListCompletedTasks;

/**
 * The department board (承办看板), my work (我的工作) and the member record (履职档案): the queries of
 * {@code /api/handlings}, {@code /api/my/work} and {@code /api/members/{id}/record} under the same access rules.
 */
@Controller
class WorkPages {

    private static final int PAGE_SIZE = 50;

    /** A completed task with its type's name. */
    record DoneTask(Label name, CompletedTask task) {}

    private final QueryGateway queries;
    private final DepartmentDirectory departments;
    private final CurrentUser currentUser;
    private final UserTasks tasks;
    private final TaskTypeRegistry registry;

    WorkPages(
            QueryGateway queries,
            CurrentUser currentUser,
            UserTasks tasks,
            TaskTypeRegistry registry,
            DepartmentDirectory departments) {
        this.departments = departments;
        this.queries = queries;
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.registry = registry;
    }

    /** The kinds of item departments handle today, in the order filters offer them. */
    static final List<String> HANDLED_KINDS = List.of(SourceKind.PROPOSAL.name(), SourceKind.INSTRUCTION.name());

    @GetMapping("/board")
    String board(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(defaultValue = "false") boolean includeEnded,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TongxinUser me = currentUser.get();
        String scope = Access.department(me, department);
        HandlingPage result = queries.query(
                        new ListHandlings(
                                scope,
                                kind == null ? null : kind.name(),
                                null,
                                includeEnded,
                                Math.min(Math.max(0, page), Paging.MAX_PAGE),
                                PAGE_SIZE),
                        ResponseTypes.instanceOf(HandlingPage.class))
                .join();
        model.addAttribute("result", result);
        model.addAttribute("department", scope);
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("kinds", HANDLED_KINDS);
        model.addAttribute("includeEnded", includeEnded);
        model.addAttribute("ownOnly", me.role() == Role.DEPT_OFFICER);
        model.addAttribute("departments", me.role() == Role.DEPT_OFFICER ? List.of() : knownDepartments());
        model.addAttribute("pages", (int) Math.ceil(result.total() / (double) PAGE_SIZE));
        return "board";
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

    @GetMapping("/members/{id}")
    String memberRecord(@PathVariable String id, Model model) {
        Access.requireMemberRecord(currentUser.get(), id);
        model.addAttribute(
                "record",
                queries.query(new FindMemberRecord(id), ResponseTypes.instanceOf(MemberRecord.class))
                        .join());
        return "member";
    }

    /** Every department, for the board's chooser. */
    List<String> knownDepartments() {
        return departments.codes();
    }

    private Label name(String taskKey) {
        if (taskKey == null) {
            return new Label("任务", "Task");
        }
        return registry.find(taskKey).map(TaskType::name).orElse(new Label(taskKey, taskKey));
    }
}
