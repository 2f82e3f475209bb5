package org.tongxin.infra.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.citizens.ClueIntake;
import org.tongxin.infra.citizens.ClueSubmission;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.task.TaskActor;
import org.tongxin.processes.task.UserTasks;

/**
 * One proposal's whole life through Tongxin's own path, as the API drives it (ClueIntake, then UserTasks.complete for
 * each step, in its one transaction with the events and the process): intake → classify → adopt → draft → file →
 * assign a lead and a co-handler → both receive → the lead contacts the proposer → the co-handler's opinion → reply
 * → evaluation, which closes the handling and the proposal and feeds back to the clue. Each step's time is recorded
 * under its name; finding the next task (a task query, as a client lists its inbox) is not part of a step's time.
 */
public final class Lifecycle {

    /** The measured steps, in the order one lifecycle takes them. */
    public static final List<String> STEPS = List.of(
            "intake",
            "classify",
            "adopt",
            "draft",
            "file",
            "assign lead + co-handler",
            "receive (lead)",
            "contact proposer (lead)",
            "receive (co-handler)",
            "opinion (co-handler)",
            "reply (lead)",
            "evaluate → close → feedback");

    private static final AtomicLong SERIAL = new AtomicLong();

    private final ClueIntake intake;
    private final UserTasks userTasks;
    private final UserAccounts accounts;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final Map<String, TaskActor> actors = new java.util.concurrent.ConcurrentHashMap<>();

    public Lifecycle(
            ClueIntake intake,
            UserTasks userTasks,
            UserAccounts accounts,
            TaskService taskService,
            HistoryService historyService) {
        this.intake = intake;
        this.userTasks = userTasks;
        this.accounts = accounts;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /** How each step is run: timed into its histogram, or with its database statements counted. */
    public interface Steps {

        <T> T run(String step, Latencies.Timed<T> call) throws Exception;
    }

    /** Runs one lifecycle, recording each step into {@code steps} (keyed by {@link #STEPS}); answers the clue id. */
    public String run(Map<String, Latencies> steps) throws Exception {
        return run(new Steps() {
            @Override
            public <T> T run(String step, Latencies.Timed<T> call) throws Exception {
                return steps.get(step).time(call);
            }
        });
    }

    /** Runs one lifecycle, each step through {@code steps}; answers the clue id. */
    public String run(Steps steps) throws Exception {
        long n = SERIAL.incrementAndGet();
        String clue = steps.run("intake", () -> intake.register(
                        new ClueSubmission(
                                "路灯损坏夜间出行不便" + n,
                                "龙城街道多处路灯损坏，夜间行人出行不便，请尽快维修并建立巡检制度。",
                                ClueSource.CITIZEN_IDEA,
                                "龙岗区",
                                "龙城街道",
                                new ClueSubmission.SubmitterContact("张三", "13812345678", true)),
                        ActorRef.citizen())
                .id());
        complete(
                steps,
                "classify",
                "staff",
                byKey(clue, "Task_ClassifyClue"),
                Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"));
        complete(steps, "adopt", "member", byKey(clue, "Task_AdoptClue"), Map.of());
        complete(
                steps,
                "draft",
                "member",
                byKey(clue, "Task_DraftProposal"),
                Map.of("title", "关于修复路灯并建立巡检制度的提案" + n, "content", "建议全面排查路灯，建立定期巡检和报修制度。"));
        String proposal = proposalOf(clue);
        complete(
                steps,
                "file",
                "staff",
                byKey(proposal, "Task_ReviewFiling"),
                Map.of("decision", "FILE", "category", "城市管理"));
        complete(
                steps,
                "assign lead + co-handler",
                "staff",
                byKey(proposal, "Task_AssignDepartments"),
                Map.of("mode", "LEAD_WITH_CO", "lead", "transport", "coHandlers", "education"));
        String lead = proposal + "/transport/1";
        String co = proposal + "/education/1";
        complete(
                steps,
                "receive (lead)",
                "dept-transport",
                forHandling(lead, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        complete(
                steps,
                "contact proposer (lead)",
                "dept-transport",
                forHandling(lead, "Task_PreHandlingContact"),
                Map.of(
                        "contactedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "method", "PHONE",
                        "notes", "电话沟通"));
        complete(
                steps,
                "receive (co-handler)",
                "dept-education",
                forHandling(co, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        complete(
                steps,
                "opinion (co-handler)",
                "dept-education",
                forHandling(co, "Task_SendOpinion"),
                Map.of("opinion", "学校周边可配合设置照明"));
        complete(
                steps,
                "reply (lead)",
                "dept-transport",
                forHandling(lead, "Task_Reply"),
                Map.of("action", "REPLY", "outcome", "A", "text", "已完成路灯维修并建立月度巡检制度。"));
        complete(
                steps,
                "evaluate → close → feedback",
                "member",
                forHandling(lead, "Task_EvaluateReply"),
                Map.of("handlingWork", "SATISFIED", "result", "SATISFIED"));
        return clue;
    }

    public static Map<String, Latencies> newSteps() {
        Map<String, Latencies> steps = new LinkedHashMap<>();
        STEPS.forEach(s -> steps.put(s, new Latencies()));
        return steps;
    }

    private void complete(Steps steps, String step, String user, Task task, Map<String, ?> body) throws Exception {
        TaskActor actor =
                actors.computeIfAbsent(user, u -> accounts.loadUserByUsername(u).taskActor());
        steps.run(step, () -> {
            userTasks.complete(task.getId(), body, actor);
            return null;
        });
    }

    private String proposalOf(String clue) {
        String triage = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("clue-triage")
                .processInstanceBusinessKey(clue)
                .singleResult()
                .getId();
        return (String) historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(triage)
                .variableName("proposalId")
                .singleResult()
                .getValue();
    }

    private Task byKey(String businessKey, String taskKey) {
        return single(taskService
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey));
    }

    private Task forHandling(String handlingId, String taskKey) {
        return single(taskService
                .createTaskQuery()
                .processVariableValueEquals("handlingId", handlingId)
                .taskDefinitionKey(taskKey));
    }

    private static Task single(TaskQuery query) {
        List<Task> tasks = query.list();
        if (tasks.size() != 1) {
            throw new IllegalStateException(tasks.size() + " open tasks where one was expected: " + query);
        }
        return tasks.get(0);
    }
}
