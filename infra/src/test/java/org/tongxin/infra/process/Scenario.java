package org.tongxin.infra.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.citizens.ClueIntake;
import org.tongxin.infra.citizens.ClueSubmission;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.task.UserTasks;

/**
 * Drives the chain the way officers do (through {@link UserTasks}, as the API does) and moves time the way the
 * calendar does (Camunda's clock, which the domain follows in these tests), executing the timers that fall due.
 */
@Component
public class Scenario {

    private final ClueIntake intake;
    private final UserTasks userTasks;
    private final UserAccounts accounts;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcClient jdbc;
    private final HistoryService historyService;

    Scenario(
            ClueIntake intake,
            UserTasks userTasks,
            UserAccounts accounts,
            TaskService taskService,
            ManagementService managementService,
            JdbcClient jdbc,
            HistoryService historyService) {
        this.intake = intake;
        this.userTasks = userTasks;
        this.accounts = accounts;
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
        this.historyService = historyService;
    }

    public String submitClue(String title) {
        return intake.register(
                        new ClueSubmission(
                                title,
                                "龙城街道地铁站人行出口被共享单车占用，行人通行困难。",
                                ClueSource.CITIZEN_IDEA,
                                "龙岗区",
                                "龙城街道",
                                new ClueSubmission.SubmitterContact("张三", "13812345678", true)),
                        ActorRef.citizen())
                .id();
    }

    /** A clue classified, adopted by {@code member} and drafted into a submitted proposal; returns its id. */
    public String proposalFromClue(String clueId, String coSigners) {
        return proposalFromClue(clueId, coSigners, "关于整治地铁出口共享单车乱停放的提案");
    }

    /** The same, with the proposal's title. */
    public String proposalFromClue(String clueId, String coSigners, String title) {
        complete(
                "staff",
                byBusinessKey(clueId, "Task_ClassifyClue"),
                Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"));
        complete("member", byBusinessKey(clueId, "Task_AdoptClue"), Map.of());
        complete(
                "member",
                byBusinessKey(clueId, "Task_DraftProposal"),
                coSigners == null
                        ? Map.of("title", title, "content", "建议划定停放区，加强巡查。")
                        : Map.of(
                                "title", title,
                                "content", "建议划定停放区，加强巡查。",
                                "coSigners", coSigners));
        String triage = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("clue-triage")
                .processInstanceBusinessKey(clueId)
                .singleResult()
                .getId();
        return (String) historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(triage)
                .variableName("proposalId")
                .singleResult()
                .getValue();
    }

    public void fileAndAssign(String proposalId, Map<String, Object> assignment) {
        complete(
                "staff",
                byBusinessKey(proposalId, "Task_ReviewFiling"),
                Map.of("decision", "FILE", "category", "城市管理"));
        complete("staff", byBusinessKey(proposalId, "Task_AssignDepartments"), assignment);
    }

    public Task byBusinessKey(String businessKey, String taskKey) {
        return single(taskService
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey));
    }

    public Task forHandling(String handlingId, String taskKey) {
        return single(taskService
                .createTaskQuery()
                .processVariableValueEquals("handlingId", handlingId)
                .taskDefinitionKey(taskKey));
    }

    public List<Task> forHandlingAll(String handlingId, String taskKey) {
        return taskService
                .createTaskQuery()
                .processVariableValueEquals("handlingId", handlingId)
                .taskDefinitionKey(taskKey)
                .list();
    }

    public Task evaluationFor(String handlingId, String evaluator) {
        return single(taskService
                .createTaskQuery()
                .processVariableValueEquals("handlingId", handlingId)
                .taskDefinitionKey("Task_EvaluateReply")
                .taskAssignee(evaluator));
    }

    public void complete(String user, Task task, Map<String, ?> body) {
        userTasks.complete(task.getId(), body, accounts.loadUserByUsername(user).taskActor());
    }

    /** Moves the engine clock (and so the domain's) and runs every timer and job that has fallen due. */
    public void advance(Duration duration) {
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
        runDueJobs();
    }

    public void runDueJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = managementService.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
            }
        }
        throw new AssertionError("jobs keep falling due: a timer loop?");
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public long events(String aggregateId, String type) {
        return jdbc.sql(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id AND payload_type = :t")
                .param("id", aggregateId)
                .param("t", type)
                .query(Long.class)
                .single();
    }

    public static void reset() {
        ClockUtil.reset();
    }

    private static Task single(TaskQuery query) {
        List<Task> tasks = query.list();
        assertThat(tasks).as("open tasks matching the query").hasSize(1);
        return tasks.get(0);
    }
}
