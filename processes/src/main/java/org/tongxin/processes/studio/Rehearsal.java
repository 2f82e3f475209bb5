package org.tongxin.processes.studio;

import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * Runs recorded cases over a draft in a process engine of its own: Camunda on a {@link ThrowAwaySchema} of the
 * product's PostgreSQL, holding only the draft and the processes it calls, with no history and no job executor.
 * Every delegate the diagrams name is replaced by a no-op that records it ran and writes what the real one wrote in
 * the recorded case; expressions reach the product's other beans (deadlines, candidate groups) read-only. Each
 * case is started with its recorded start variables, then each recorded step is done where the draft waits for it
 * — a task completed with the variables its completion set, a message delivered, a timer fired — until the draft
 * waits elsewhere, ends early, fails, or the case runs out of steps.
 */
public final class Rehearsal {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    /** Jobs run after one step before the draft counts as looping. */
    private static final int MAX_JOBS_PER_STEP = 500;

    private final Supplier<ThrowAwaySchema> schemas;
    private final Function<String, Object> beans;

    /**
     * @param schemas makes a fresh schema for each rehearsal
     * @param beans the product's beans expressions may use, by name; null for a name it does not know
     */
    public Rehearsal(Supplier<ThrowAwaySchema> schemas, Function<String, Object> beans) {
        this.schemas = schemas;
        this.beans = beans;
    }

    /**
     * Replays each case on the draft of {@code processKey}. {@code called} holds the BPMN of every other process the
     * draft may call, by resource name.
     */
    public List<CaseReport> rehearse(
            String processKey, String draftXml, Map<String, String> called, List<RecordedCase> cases) {
        Set<String> delegates = new LinkedHashSet<>(delegateNames(draftXml));
        called.values().forEach(xml -> delegates.addAll(delegateNames(xml)));
        NoOpDelegate noOp = new NoOpDelegate();
        try (ThrowAwaySchema schema = schemas.get()) {
            ProcessEngine engine = engine(schema, new ExpressionBeans(delegates, noOp, beans));
            try {
                var deployment = engine.getRepositoryService()
                        .createDeployment()
                        .name("rehearsal of " + processKey)
                        .addString("draft.bpmn", draftXml);
                called.forEach(deployment::addString);
                deployment.deploy();
                List<CaseReport> reports = new ArrayList<>();
                for (RecordedCase recorded : cases) {
                    noOp.replaying(recorded);
                    reports.add(new Replay(engine, processKey, recorded).run());
                }
                return reports;
            } finally {
                engine.close();
            }
        }
    }

    private static ProcessEngine engine(ThrowAwaySchema schema, Map<Object, Object> beans) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("rehearsal-" + schema.name());
        configuration.setDataSource(schema.dataSource());
        configuration.setDatabaseSchema(schema.name());
        configuration.setDatabaseTablePrefix(schema.name() + ".");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setBeans(beans);
        configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        return configuration.buildProcessEngine();
    }

    static Set<String> delegateNames(String xml) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = DELEGATE.matcher(xml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** One case on the draft. */
    private static final class Replay {

        private final ProcessEngine engine;
        private final RuntimeService runtime;
        private final TaskService tasks;
        private final ManagementService management;
        private final String processKey;
        private final RecordedCase recorded;
        private final Map<String, BpmnModelInstance> models = new HashMap<>();

        Replay(ProcessEngine engine, String processKey, RecordedCase recorded) {
            this.engine = engine;
            this.runtime = engine.getRuntimeService();
            this.tasks = engine.getTaskService();
            this.management = engine.getManagementService();
            this.processKey = processKey;
            this.recorded = recorded;
        }

        CaseReport run() {
            List<RecordedStep> steps = recorded.steps();
            ProcessInstance root;
            try {
                root = runtime.startProcessInstanceByKey(
                        processKey, recorded.businessKey(), new HashMap<>(recorded.startVariables()));
                runJobs();
            } catch (RuntimeException e) {
                return report(CaseReport.Verdict.GOT_STUCK, CaseReport.Reason.FAILED, 0, null, List.of(), e);
            }
            try {
                for (int i = 0; i < steps.size(); i++) {
                    RecordedStep step = steps.get(i);
                    if (ended(root)) {
                        return report(
                                CaseReport.Verdict.WENT_DIFFERENTLY,
                                CaseReport.Reason.ENDED_EARLY,
                                i,
                                step.name(),
                                List.of(),
                                null);
                    }
                    boolean done;
                    try {
                        done = perform(step);
                        if (done) {
                            runJobs();
                        }
                    } catch (RuntimeException e) {
                        return report(
                                CaseReport.Verdict.GOT_STUCK, CaseReport.Reason.FAILED, i, step.name(), waiting(), e);
                    }
                    if (!done) {
                        List<String> taskNames = activeTaskNames();
                        return taskNames.isEmpty()
                                ? report(
                                        CaseReport.Verdict.GOT_STUCK,
                                        CaseReport.Reason.WAITING,
                                        i,
                                        step.name(),
                                        waiting(),
                                        null)
                                : report(
                                        CaseReport.Verdict.WENT_DIFFERENTLY,
                                        CaseReport.Reason.OTHER_STEP,
                                        i,
                                        step.name(),
                                        taskNames,
                                        null);
                    }
                }
                if (ended(root)) {
                    return report(
                            CaseReport.Verdict.SAME_PATH, CaseReport.Reason.NONE, steps.size(), null, List.of(), null);
                }
                List<String> taskNames = activeTaskNames();
                return taskNames.isEmpty()
                        ? report(
                                CaseReport.Verdict.GOT_STUCK,
                                CaseReport.Reason.WAITING,
                                steps.size(),
                                null,
                                waiting(),
                                null)
                        : report(
                                CaseReport.Verdict.WENT_DIFFERENTLY,
                                CaseReport.Reason.MORE_STEPS,
                                steps.size(),
                                null,
                                taskNames,
                                null);
            } finally {
                if (!ended(root)) {
                    runtime.deleteProcessInstance(root.getId(), "rehearsed", true, true);
                }
            }
        }

        /** Does the step where the draft waits for it; false when the draft waits for no such thing. */
        private boolean perform(RecordedStep step) {
            switch (step.kind()) {
                case TASK -> {
                    var query = tasks.createTaskQuery().taskDefinitionKey(step.activityId());
                    if (step.businessKey() != null) {
                        query.processInstanceBusinessKey(step.businessKey());
                    }
                    List<Task> found = query.listPage(0, 1);
                    if (found.isEmpty()) {
                        return false;
                    }
                    tasks.complete(found.get(0).getId(), new HashMap<>(step.variables()));
                    return true;
                }
                case MESSAGE -> {
                    Optional<EventSubscription> subscription = runtime
                            .createEventSubscriptionQuery()
                            .eventType("message")
                            .activityId(step.activityId())
                            .list()
                            .stream()
                            .filter(s -> inCase(s.getProcessInstanceId(), step.businessKey()))
                            .findFirst();
                    if (subscription.isEmpty()) {
                        return false;
                    }
                    runtime.messageEventReceived(
                            subscription.get().getEventName(),
                            subscription.get().getExecutionId(),
                            new HashMap<>(step.variables()));
                    return true;
                }
                case TIMER -> {
                    Optional<Job> timer =
                            management.createJobQuery().timers().activityId(step.activityId()).list().stream()
                                    .filter(j -> inCase(j.getProcessInstanceId(), step.businessKey()))
                                    .findFirst();
                    if (timer.isEmpty()) {
                        return false;
                    }
                    management.executeJob(timer.get().getId());
                    return true;
                }
                default -> throw new IllegalStateException("unknown step kind " + step.kind());
            }
        }

        private boolean inCase(String processInstanceId, String businessKey) {
            if (businessKey == null) {
                return true;
            }
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .singleResult();
            return instance != null && businessKey.equals(instance.getBusinessKey());
        }

        /** Runs the asynchronous continuations the last step left; timers wait for a recorded step that fires them. */
        private void runJobs() {
            for (int n = 0; n < MAX_JOBS_PER_STEP; n++) {
                List<Job> jobs = management.createJobQuery().messages().listPage(0, 1);
                if (jobs.isEmpty()) {
                    return;
                }
                management.executeJob(jobs.get(0).getId());
            }
            throw new IllegalStateException("the draft kept making work after " + MAX_JOBS_PER_STEP + " jobs");
        }

        private boolean ended(ProcessInstance root) {
            return runtime.createProcessInstanceQuery()
                            .processInstanceId(root.getId())
                            .count()
                    == 0;
        }

        private List<String> activeTaskNames() {
            return tasks.createTaskQuery().list().stream()
                    .map(Task::getName)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
        }

        /** The names of every element any instance of the case waits at. */
        private List<String> waiting() {
            Set<String> names = new LinkedHashSet<>();
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().list()) {
                BpmnModelInstance model =
                        models.computeIfAbsent(instance.getProcessDefinitionId(), id -> engine.getRepositoryService()
                                .getBpmnModelInstance(id));
                for (String activityId : runtime.getActiveActivityIds(instance.getId())) {
                    ModelElementInstance element = model.getModelElementById(activityId);
                    if (element instanceof FlowElement flow && flow.getName() != null) {
                        names.add(flow.getName());
                    }
                }
            }
            return List.copyOf(names);
        }

        private CaseReport report(
                CaseReport.Verdict verdict,
                CaseReport.Reason reason,
                int replayed,
                String atStep,
                List<String> expected,
                Object failure) {
            String detail = failure instanceof Throwable t ? rootMessage(t) : null;
            return new CaseReport(
                    recorded.businessKey(),
                    verdict,
                    reason,
                    replayed,
                    recorded.steps().size(),
                    atStep,
                    expected,
                    detail);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        Set<Throwable> seen = new LinkedHashSet<>();
        while (t.getCause() != null && seen.add(t)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
    }

    /**
     * Stands in for every delegate: records where it ran and writes the variables the real delegate wrote at the
     * same place in the case being replayed, in the order it wrote them.
     */
    static final class NoOpDelegate implements JavaDelegate, ExecutionListener, TaskListener {

        private final Map<String, Deque<Map<String, Object>>> toWrite = new HashMap<>();
        private final List<String> ran = new ArrayList<>();

        void replaying(RecordedCase recorded) {
            toWrite.clear();
            ran.clear();
            recorded.delegateVariables().forEach((key, runs) -> toWrite.put(key, new ArrayDeque<>(runs)));
        }

        @Override
        public void execute(DelegateExecution execution) {
            ran.add(execution.getCurrentActivityId());
            Deque<Map<String, Object>> runs = toWrite.get(
                    RecordedCase.delegateKey(execution.getCurrentActivityId(), execution.getProcessBusinessKey()));
            if (runs != null && !runs.isEmpty()) {
                execution.setVariables(runs.poll());
            }
        }

        @Override
        public void notify(DelegateExecution execution) {
            ran.add(execution.getCurrentActivityId());
        }

        @Override
        public void notify(DelegateTask task) {
            ran.add(task.getTaskDefinitionKey());
        }
    }

    /** The beans expressions see: the no-op for every delegate name, the product's beans for the rest. */
    private static final class ExpressionBeans extends AbstractMap<Object, Object> {

        private final Set<String> delegates;
        private final NoOpDelegate noOp;
        private final Function<String, Object> beans;

        ExpressionBeans(Set<String> delegates, NoOpDelegate noOp, Function<String, Object> beans) {
            this.delegates = delegates;
            this.noOp = noOp;
            this.beans = beans;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String name)) {
                return null;
            }
            return delegates.contains(name) ? noOp : beans.apply(name);
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return Set.of();
        }
    }
}
