package org.tongxin.infra.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.tongxin.processes.clue.ClueTriageProcess;
import org.tongxin.processes.deadline.Deadlines;
import org.tongxin.processes.handling.DepartmentHandlingProcess;
import org.tongxin.processes.proposal.HandlingRef;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;
import org.tongxin.processes.variable.JsonList;

/**
 * Camunda alone, the limit Tongxin builds on: a second process engine on a database of its own in the same
 * PostgreSQL, with the same three BPMN files, the same history level (full), the same JSON list variables (Spin) and
 * the application's own deadline bean for the due dates, but every delegate a no-op, no events, no aggregates, no
 * inbox table. It walks the same path as {@link Lifecycle}, setting the variables Tongxin's task types and bridges
 * would set (the handling's dates that Tongxin's open-handling step writes are set by its no-op stand-in), and
 * correlates the co-handler's message as Tongxin's bridge does.
 */
public final class BareCamunda implements AutoCloseable {

    private static final String DATABASE = "tongxin_bare_camunda";
    private static final AtomicLong SERIAL = new AtomicLong();

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;

    private BareCamunda(HikariDataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
        this.engine = engine;
    }

    public static BareCamunda start(EmbeddedPostgres postgres, Deadlines deadlines, String historyLevel)
            throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setPoolName("bench-bare-camunda");
        config.setMaximumPoolSize(20);
        HikariDataSource dataSource = new HikariDataSource(config);

        JavaDelegate noOp = execution -> {};
        JavaDelegate openHandling = execution -> {
            // what Tongxin's open-handling step leaves for the diagram's expressions: the handling's dates
            String in30Days = LocalDate.now().plusDays(30).toString();
            for (String variable : List.of(
                    DepartmentHandlingProcess.VAR_RETURN_WINDOW_ENDS,
                    DepartmentHandlingProcess.VAR_PRE_CONTACT_DUE,
                    DepartmentHandlingProcess.VAR_CO_HANDLER_OPINION_DUE,
                    DepartmentHandlingProcess.VAR_REPLY_DUE,
                    DepartmentHandlingProcess.VAR_REMINDER_ON,
                    DepartmentHandlingProcess.VAR_EVALUATION_WINDOW_ENDS,
                    DepartmentHandlingProcess.VAR_OPINIONS_DUE)) {
                execution.setVariable(variable, in30Days);
            }
            execution.setVariable(DepartmentHandlingProcess.VAR_REHANDLES, 0);
            execution.setVariable(DepartmentHandlingProcess.VAR_HAS_EVALUATORS, true);
        };
        Map<Object, Object> beans = new HashMap<>();
        for (String delegate : List.of(
                "closeCoSigning",
                "closeEvaluationWindow",
                "closeHandling",
                "closeOnlineParticipation",
                "closeProposal",
                "deemReceived",
                "escalateToSupervision",
                "feedbackToClues",
                "linkMergedClue",
                "markOverdue",
                "recordClosureOnProposal",
                "rehandle",
                "remindReportReview",
                "sendReplyReminder")) {
            beans.put(delegate, noOp);
        }
        beans.put("openHandling", openHandling);
        beans.put("deadlines", deadlines);

        StandaloneProcessEngineConfiguration configuration = (StandaloneProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(historyLevel)
                .setJobExecutorActivate(false)
                .setProcessEngineName("bench-bare-camunda");
        ProcessEngineConfigurationImpl impl = configuration;
        impl.setBeans(beans);
        impl.setEnforceHistoryTimeToLive(true);
        impl.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .name("bench")
                .addClasspathResource(ClueTriageProcess.RESOURCE)
                .addClasspathResource(ProposalLifecycleProcess.RESOURCE)
                .addClasspathResource(DepartmentHandlingProcess.RESOURCE)
                .deploy();
        return new BareCamunda(dataSource, engine);
    }

    /** One lifecycle on the same path as {@link Lifecycle#run}, each step recorded under the same name. */
    public void run(Map<String, Latencies> steps) throws Exception {
        long n = SERIAL.incrementAndGet();
        String clue = "bare-clue-" + n;
        String proposal = "bare-proposal-" + n;
        TaskService tasks = engine.getTaskService();
        steps.get("intake").time(() -> engine.getRuntimeService()
                .startProcessInstanceByKey(ClueTriageProcess.KEY, clue, Map.of(ClueTriageProcess.VAR_CLUE_ID, clue)));
        complete(steps, "classify", byKey(clue, "Task_ClassifyClue"), Map.of("route", "PUBLISH_FOR_ADOPTION"));
        complete(steps, "adopt", byKey(clue, "Task_AdoptClue"), Map.of("adopter", "member"));
        Task draft = byKey(clue, "Task_DraftProposal");
        steps.get("draft").time(() -> {
            tasks.complete(draft.getId(), Map.of("proposalId", proposal));
            // Tongxin's bridge starts the lifecycle on ProposalSubmitted, in the draft's own transaction
            Map<String, Object> variables = new HashMap<>();
            variables.put(ProposalLifecycleProcess.VAR_PROPOSAL_ID, proposal);
            variables.put(ProposalLifecycleProcess.VAR_JOINT, false);
            variables.put(ProposalLifecycleProcess.VAR_CO_SIGNERS, ProposalLifecycleProcess.coSigners(List.of()));
            return engine.getRuntimeService()
                    .startProcessInstanceByKey(ProposalLifecycleProcess.KEY, proposal, variables);
        });
        complete(steps, "file", byKey(proposal, "Task_ReviewFiling"), Map.of("filing", "FILE"));
        String lead = proposal + "/transport/1";
        String co = proposal + "/education/1";
        Map<String, Object> assignment = new HashMap<>();
        assignment.put(
                ProposalLifecycleProcess.VAR_HANDLINGS,
                JsonList.of(List.of(
                        new HandlingRef(lead, "transport", "LEAD", null),
                        new HandlingRef(co, "education", "CO", lead))));
        assignment.put(ProposalLifecycleProcess.VAR_CO_HANDLER_COUNT, 1);
        assignment.put(ProposalLifecycleProcess.VAR_EVALUATORS, ProposalLifecycleProcess.evaluators(List.of("member")));
        assignment.put(ProposalLifecycleProcess.VAR_KEY_PROPOSAL, false);
        assignment.put(ProposalLifecycleProcess.VAR_SUPERVISING_LEADER, null);
        assignment.put(ProposalLifecycleProcess.VAR_ASSIGNED_ON, LocalDate.now().toString());
        complete(steps, "assign lead + co-handler", byKey(proposal, "Task_AssignDepartments"), assignment);
        complete(steps, "receive (lead)", forHandling(lead, "Task_ReceiveHandling"), Map.of("receipt", "RECEIVE"));
        complete(
                steps,
                "contact proposer (lead)",
                forHandling(lead, "Task_PreHandlingContact"),
                Map.of(DepartmentHandlingProcess.VAR_OPINIONS_COMPLETE, false));
        complete(steps, "receive (co-handler)", forHandling(co, "Task_ReceiveHandling"), Map.of("receipt", "RECEIVE"));
        Task opinion = forHandling(co, "Task_SendOpinion");
        steps.get("opinion (co-handler)").time(() -> {
            tasks.complete(opinion.getId());
            // Tongxin's bridge tells the lead its opinions are complete, in the same transaction
            engine.getRuntimeService()
                    .createMessageCorrelation(DepartmentHandlingProcess.MSG_CO_HANDLER_OPINIONS_COMPLETE)
                    .processInstanceVariableEquals(DepartmentHandlingProcess.VAR_HANDLING_ID, lead)
                    .setVariable(DepartmentHandlingProcess.VAR_OPINIONS_COMPLETE, true)
                    .correlate();
            return null;
        });
        complete(
                steps, "reply (lead)", forHandling(lead, "Task_Reply"), Map.of("replyAction", "REPLY", "outcome", "A"));
        complete(
                steps,
                "evaluate → close → feedback",
                forHandling(lead, "Task_EvaluateReply"),
                Map.of("unsatisfied", false));
        if (engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(proposal)
                        .count()
                > 0) {
            throw new IllegalStateException("the bare lifecycle of " + proposal + " did not end");
        }
    }

    /** Bytes the bare engine's database holds. */
    public long databaseBytes() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT pg_database_size(current_database())");
            rs.next();
            return rs.getLong(1);
        }
    }

    private void complete(Map<String, Latencies> steps, String step, Task task, Map<String, Object> variables)
            throws Exception {
        steps.get(step).time(() -> {
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    private Task byKey(String businessKey, String taskKey) {
        return single(engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey));
    }

    private Task forHandling(String handlingId, String taskKey) {
        return single(engine.getTaskService()
                .createTaskQuery()
                .processVariableValueEquals(DepartmentHandlingProcess.VAR_HANDLING_ID, handlingId)
                .taskDefinitionKey(taskKey));
    }

    private static Task single(TaskQuery query) {
        List<Task> found = query.list();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " open tasks where one was expected");
        }
        return found.get(0);
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
