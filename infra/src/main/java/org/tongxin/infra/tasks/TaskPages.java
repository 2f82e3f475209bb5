package org.tongxin.infra.tasks;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.consultation.SuggestionSource;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.directory.CaseSearch;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.CaseNames;
import org.tongxin.infra.shared.CaseReading;
import org.tongxin.infra.shared.Clues;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.Conflicts;
import org.tongxin.infra.web.ControlCharacters;
import org.tongxin.infra.web.InlineFormErrors;
import org.tongxin.infra.web.RuleStatus;
import org.tongxin.processes.report.OpinionReportProcess;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskNotPermitted;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskView;
import org.tongxin.processes.task.UserTasks;
import org.tongxin.projections.consultation.FindTopic;
import org.tongxin.projections.consultation.TopicView;
import org.tongxin.projections.handling.FindInstructionSource;
import org.tongxin.projections.handling.InstructionSource;
import org.tongxin.projections.report.FindReport;
import org.tongxin.projections.report.ReportView;
import org.tongxin.projections.supervision.FindSupervisionEntry;
import org.tongxin.projections.supervision.SupervisionView;

/** The inbox and the task page: the same {@link UserTasks} calls the API makes, rendered as HTML. */
@Controller
class TaskPages {

    static final List<String> PROCESSES = List.of(
            "clue-triage", "proposal-lifecycle", "department-handling", "supervision", OpinionReportProcess.KEY);
    private static final int PAGE_SIZE = 100;

    private final UserTasks tasks;
    private final CurrentUser currentUser;
    private final Clues clues;
    private final Messages messages;
    private final UiFormat format;
    private final Conflicts conflicts;
    private final QueryGateway queries;
    private final CaseReading cases;
    private final HomePages homes;
    private final CaseSearch caseSearch;
    private final CaseNames caseNames;

    TaskPages(
            UserTasks tasks,
            CurrentUser currentUser,
            Clues clues,
            Messages messages,
            UiFormat format,
            Conflicts conflicts,
            QueryGateway queries,
            CaseReading cases,
            HomePages homes,
            CaseSearch caseSearch,
            CaseNames caseNames) {
        this.caseNames = caseNames;
        this.homes = homes;
        this.tasks = tasks;
        this.conflicts = conflicts;
        this.currentUser = currentUser;
        this.clues = clues;
        this.messages = messages;
        this.format = format;
        this.queries = queries;
        this.cases = cases;
        this.caseSearch = caseSearch;
    }

    /** A leader's, supervisor's or designer's home is their overview; everyone else's is the inbox. */
    @GetMapping("/")
    String home(
            @RequestParam(required = false) String process,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String businessKey,
            @RequestParam(required = false) String q,
            Model model) {
        TongxinUser me = currentUser.get();
        if (HomePages.hasHome(me)) {
            return homes.home(me, model);
        }
        return inbox(process, overdue, businessKey, q, model);
    }

    @GetMapping("/inbox")
    String inbox(
            @RequestParam(required = false) String process,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String businessKey,
            @RequestParam(required = false) String q,
            Model model) {
        String processKey = process != null && PROCESSES.contains(process) ? process : null;
        String key = businessKey == null || businessKey.isBlank() ? null : businessKey.strip();
        String search = q == null || q.isBlank() ? null : q.strip();
        List<String> caseIds = caseSearch.caseIds(search);
        TongxinUser me = currentUser.get();
        List<TaskView> mine = tasks.list(
                me.taskActor(),
                new TaskFilter(TaskFilter.Scope.MINE, null, overdue, processKey, key, caseIds),
                0,
                PAGE_SIZE);
        List<TaskView> offered = tasks.list(
                me.taskActor(),
                new TaskFilter(TaskFilter.Scope.GROUPS, null, overdue, processKey, key, caseIds),
                0,
                PAGE_SIZE);
        model.addAttribute("mine", mine);
        model.addAttribute("offered", offered);
        // every row's case in one lookup, not two per row
        model.addAttribute(
                "caseLabels",
                caseNames.labels(Stream.concat(mine.stream(), offered.stream())
                        .map(TaskView::businessKey)
                        .toList()));
        model.addAttribute("processes", PROCESSES);
        model.addAttribute("process", processKey);
        model.addAttribute("overdue", overdue);
        model.addAttribute("businessKey", key);
        model.addAttribute("q", search);
        return "inbox";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable String id, Model model) {
        return render(id, Map.of(), Map.of(), model);
    }

    @PostMapping("/tasks/{id}")
    @InlineFormErrors
    String complete(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        TaskType type = tasks.typeOf(id, me.taskActor());
        String businessKey = tasks.get(id, me.taskActor()).businessKey();
        FormDefinition form = type.form();
        Map<String, String> submitted = TaskForm.submitted(form, params);
        Map<String, String> refused = new LinkedHashMap<>();
        submitted.forEach((field, value) -> {
            if (!ControlCharacters.allowed(value)) {
                refused.put(field, messages.get("form.error.controlCharacter"));
            }
        });
        if (!refused.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("formInvalid", true);
            Map<String, String> shown = new LinkedHashMap<>();
            submitted.forEach((field, value) -> shown.put(field, ControlCharacters.without(value)));
            return render(id, shown, refused, model);
        }
        try {
            conflicts.retrying(() -> tasks.complete(id, TaskForm.body(form, submitted), me.taskActor()));
        } catch (FormRejected e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), messages.fieldError(error));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("formInvalid", true);
            return render(id, submitted, errors, model);
        } catch (RuleViolation e) {
            response.setStatus(RuleStatus.of(e).value());
            model.addAttribute("refusal", messages.refusal(e));
            model.addAttribute("refusalCode", e.code());
            return render(id, submitted, Map.of(), model);
        } catch (TaskNotPermitted e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refusal", messages.get("task.notPermitted"));
            return render(id, submitted, Map.of(), model);
        }
        redirect.addFlashAttribute("done", format.label(type.name()));
        return nextTask(me, businessKey)
                .map(next -> "redirect:/tasks/" + next.id())
                .orElse("redirect:/inbox");
    }

    /**
     * After a step, the next step of the same case when it waits for this user (adopt, then draft): they go on
     * without looking for it in the inbox. A step offered to a group is not taken for them; the inbox lists it.
     */
    private Optional<TaskView> nextTask(TongxinUser me, String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        return tasks
                .list(me.taskActor(), new TaskFilter(TaskFilter.Scope.MINE, null, false, null, businessKey), 0, 1)
                .stream()
                .findFirst();
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id, @RequestParam(required = false) String back) {
        conflicts.retrying(() -> tasks.claim(id, currentUser.get().taskActor()));
        return "redirect:" + safeBack(back, id);
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id, @RequestParam(required = false) String back) {
        conflicts.retrying(() -> tasks.unclaim(id, currentUser.get().taskActor()));
        return "redirect:" + safeBack(back, id);
    }

    private String render(String id, Map<String, String> values, Map<String, String> errors, Model model) {
        TongxinUser me = currentUser.get();
        TaskView task = tasks.get(id, me.taskActor());
        TaskType type = tasks.typeOf(id, me.taskActor());
        model.addAttribute("task", task);
        model.addAttribute("pageTitle", format.label(task.name()));
        model.addAttribute("form", TaskForm.of(type.form(), values, errors, format));
        if (OpinionReportProcess.KEY.equals(task.processKey())) {
            // the report under review, its versions and returns; the author revises starting from its current text
            queries.query(new FindReport(task.businessKey()), ResponseTypes.optionalInstanceOf(ReportView.class))
                    .join()
                    .ifPresent(report -> {
                        model.addAttribute("report", report);
                        if (values.isEmpty() && OpinionReportProcess.TASK_REVISE.equals(task.key())) {
                            model.addAttribute(
                                    "form",
                                    TaskForm.of(
                                            type.form(),
                                            Map.of("title", report.title(), "content", report.content()),
                                            errors,
                                            format));
                        }
                    });
        }
        model.addAttribute(
                "claimedByOther", task.assignee() != null && !task.assignee().equals(me.username()));
        CaseRef ref = CaseRef.of(task);
        model.addAttribute("caseRef", ref);
        // the item the task decides on, in full, and what happened to it so far
        String caseId = ref.proposal() != null ? ref.proposal() : task.businessKey();
        if ("clue-triage".equals(task.processKey()) && caseId != null) {
            clues.find(caseId, me).ifPresent(c -> model.addAttribute("clue", c));
        }
        if (HandlingId.isHandlingId(task.businessKey())
                && new HandlingId(task.businessKey()).sourceKind() == SourceKind.INSTRUCTION) {
            // what the department handles: the report and the leader's instruction that transferred it
            queries.query(
                            new FindInstructionSource(task.businessKey()),
                            ResponseTypes.optionalInstanceOf(InstructionSource.class))
                    .join()
                    .ifPresent(source -> model.addAttribute("instruction", source));
            caseId = null;
        }
        if ("consultation".equals(task.processKey())
                || (HandlingId.isHandlingId(task.businessKey())
                        && new HandlingId(task.businessKey()).sourceKind() == SourceKind.CONSULTATION_SUGGESTION)) {
            // the topic the step is about and, for a department, the one suggestion it answers
            boolean suggestion = HandlingId.isHandlingId(task.businessKey());
            String topicId = suggestion
                    ? SuggestionSource.topic(new HandlingId(task.businessKey())).value()
                    : task.businessKey();
            queries.query(new FindTopic(topicId), ResponseTypes.optionalInstanceOf(TopicView.class))
                    .join()
                    .ifPresent(topic -> {
                        model.addAttribute("topic", topic);
                        if (suggestion) {
                            int number = SuggestionSource.number(new HandlingId(task.businessKey()));
                            topic.suggestions().stream()
                                    .filter(s -> s.number() == number)
                                    .findFirst()
                                    .ifPresent(s -> model.addAttribute("suggestion", s));
                        }
                    });
            caseId = null;
        }
        String supervisionId = "supervision".equals(task.processKey())
                ? task.businessKey()
                : HandlingId.isHandlingId(task.businessKey())
                                && new HandlingId(task.businessKey()).sourceKind() == SourceKind.RECTIFICATION
                        ? new HandlingId(task.businessKey()).sourceId()
                        : null;
        if (supervisionId != null) {
            // the supervision entry the task works on; a department sees its own items only
            queries.query(
                            new FindSupervisionEntry(supervisionId, Access.scope(me)),
                            ResponseTypes.optionalInstanceOf(SupervisionView.class))
                    .join()
                    .ifPresent(entry -> model.addAttribute("supervision", entry));
            caseId = null;
        }
        if (caseId != null) {
            cases.live(caseId, me).ifPresent(view -> {
                model.addAttribute("item", view);
                model.addAttribute("sourceClues", cases.sourceClues(view, me));
                view.handlings().stream()
                        .filter(h -> h.handlingId().equals(task.businessKey()))
                        .findFirst()
                        .ifPresent(h -> model.addAttribute("handling", h));
                model.addAttribute(
                        "otherHandlings",
                        view.handlings().stream()
                                .filter(h -> !h.handlingId().equals(task.businessKey()))
                                .toList());
            });
            model.addAttribute("events", cases.timeline(caseId));
        }
        return "task";
    }

    /** Only back to the task itself or the inbox, never to a URL from the request. */
    private static String safeBack(String back, String id) {
        return "task".equals(back) ? "/tasks/" + id : "/inbox";
    }
}
