package org.tongxin.processes.studio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * Moves running cases of a process from one version to another with Camunda's migration API. The plan maps every
 * activity to the one with the same id in the target; a case standing in an activity the target lacks cannot move
 * and is named as such before anything runs. Event triggers are deliberately not updated, so a case waiting on a
 * timer keeps the due date it was given. Each case moves in its own transaction: one that fails leaves the others
 * moved and is reported with its reason.
 */
@Component
public class InstanceMigrations {

    public static final String UNMAPPED = "UNMAPPED";
    public static final String PLAN = "PLAN";

    /** Which cases to move: all running on the source version, or those whose business key or position matches. */
    public record Selection(String businessKey, String activityId) {

        boolean matches(Instance instance) {
            return (businessKey == null
                            || businessKey.isBlank()
                            || instance.businessKey().contains(businessKey.strip()))
                    && (activityId == null
                            || activityId.isBlank()
                            || instance.activityIds().contains(activityId.strip()));
        }
    }

    /** A running case on the source version, where it stands, and whether the plan can move it. */
    public record Instance(String id, String businessKey, List<String> activityIds, List<String> unmapped) {

        public boolean movable() {
            return unmapped.isEmpty();
        }
    }

    /**
     * The plan between two versions: activity by activity, what the source has that the target lacks (with its name),
     * and the cases it would move.
     */
    public record Plan(
            String processKey,
            int fromVersion,
            int toVersion,
            Map<String, String> mapped,
            Map<String, String> unmapped,
            List<Finding> findings,
            List<Instance> instances) {

        public boolean valid() {
            return findings.isEmpty();
        }
    }

    /** One case's outcome. */
    public record Outcome(String instanceId, String businessKey, boolean migrated, String reason) {}

    public record Report(String processKey, int fromVersion, int toVersion, List<Outcome> outcomes) {

        public long migrated() {
            return outcomes.stream().filter(Outcome::migrated).count();
        }

        public long failed() {
            return outcomes.size() - migrated();
        }
    }

    /** Where one case of a batch stands. */
    public enum BatchState {
        PENDING,
        MIGRATED,
        FAILED
    }

    /** The reason of a case of a batch that ended, or was deleted, before the engine reached it. */
    public static final String ENDED = "the case ended or was deleted before it moved";

    /** The reason of a case not sent because it stands where the target has nothing: this, then the element ids. */
    public static final String STANDS_AT = "stands at ";

    /** One case of a batch: moved, failed with the engine's reason, or not yet reached. */
    public record BatchOutcome(String instanceId, String businessKey, BatchState state, String reason) {}

    /**
     * A batch as it stands: how many of its cases the engine has moved or failed so far, each case's outcome, and
     * whether it is over (every case moved or failed; the engine keeps a failed case's job as an incident).
     */
    public record BatchProgress(String batchId, int total, int migrated, int failed, List<BatchOutcome> outcomes) {

        public boolean finished() {
            return migrated + failed == total;
        }
    }

    /**
     * A batch handed to the engine: its id, the cases sent, and those not sent because they stand where the target
     * has nothing (already failed, with the reason).
     */
    public record BatchStarted(String batchId, Plan plan, List<Instance> sent, List<BatchOutcome> notSent) {}

    private final ProcessVersions versions;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final DraftValidator validator;
    private final ManagementService management;
    private final HistoryService history;
    private final ProcessEngineConfigurationImpl engine;

    InstanceMigrations(
            ProcessVersions versions,
            RepositoryService repository,
            RuntimeService runtime,
            DraftValidator validator,
            ManagementService management,
            HistoryService history,
            ProcessEngineConfigurationImpl engine) {
        this.versions = versions;
        this.repository = repository;
        this.runtime = runtime;
        this.validator = validator;
        this.management = management;
        this.history = history;
        this.engine = engine;
    }

    public Plan plan(
            ProcessVersions.DeployedVersion source, ProcessVersions.DeployedVersion target, Selection selection) {
        String key = source.processKey();
        List<Finding> findings = new ArrayList<>();
        if (source.version() == target.version()) {
            findings.add(new Finding(null, null, PLAN, "the two versions are the same"));
        }
        // the target is checked against today's contract: a version the product can no longer run takes no cases
        findings.addAll(validator.validate(key, versions.xml(target.definitionId())));
        Map<String, String> mapped = new LinkedHashMap<>();
        Map<String, String> unmapped = new LinkedHashMap<>();
        BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.definitionId());
        BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.definitionId());
        for (FlowNode node : sourceModel.getModelElementsByType(FlowNode.class)) {
            if (targetModel.getModelElementById(node.getId()) instanceof FlowNode) {
                mapped.put(node.getId(), node.getName());
            } else {
                unmapped.put(node.getId(), node.getName());
            }
        }
        if (findings.isEmpty()) {
            try {
                build(source, target);
            } catch (MigrationPlanValidationException e) {
                findings.addAll(planFindings(e.getValidationReport(), sourceModel));
            }
        }
        List<Instance> instances = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionId(source.definitionId())
                .active()
                .list()) {
            List<String> activities = List.copyOf(new LinkedHashSet<>(runtime.getActiveActivityIds(instance.getId())));
            List<String> stuck =
                    activities.stream().filter(unmapped::containsKey).toList();
            Instance view = new Instance(
                    instance.getId(),
                    instance.getBusinessKey() == null ? "" : instance.getBusinessKey(),
                    activities,
                    stuck);
            if (selection == null || selection.matches(view)) {
                instances.add(view);
            }
        }
        return new Plan(
                key,
                source.version(),
                target.version(),
                mapped,
                unmapped,
                List.copyOf(findings),
                List.copyOf(instances));
    }

    /**
     * Runs the plan for the selected cases; refused as a whole, with the findings, when the plan or the target
     * version does not hold. A case that cannot move (it stands where the target has nothing) is reported, not forced.
     */
    public Report execute(
            ProcessVersions.DeployedVersion source, ProcessVersions.DeployedVersion target, Selection selection) {
        Plan plan = plan(source, target, selection);
        if (!plan.valid()) {
            throw new StudioRefusal("the migration plan does not hold; nothing was moved", plan.findings());
        }
        if (plan.instances().isEmpty()) {
            throw new StudioRefusal(
                    "no running case of version " + plan.fromVersion() + " matches; nothing was moved",
                    List.of(new Finding(null, null, PLAN, "no case selected")));
        }
        MigrationPlan migration = build(source, target);
        List<Outcome> outcomes = new ArrayList<>();
        for (Instance instance : plan.instances()) {
            if (!instance.movable()) {
                outcomes.add(new Outcome(
                        instance.id(),
                        instance.businessKey(),
                        false,
                        STANDS_AT + String.join(", ", instance.unmapped()) + ", which the target version lacks"));
                continue;
            }
            try {
                runtime.newMigration(migration)
                        .processInstanceIds(instance.id())
                        .execute();
                outcomes.add(new Outcome(instance.id(), instance.businessKey(), true, null));
            } catch (ProcessEngineException e) {
                outcomes.add(new Outcome(instance.id(), instance.businessKey(), false, e.getMessage()));
            }
        }
        return new Report(plan.processKey(), plan.fromVersion(), plan.toVersion(), List.copyOf(outcomes));
    }

    /**
     * Hands the selected cases to the engine as one batch ({@code executeAsync}): the job executor moves them a case
     * per job, in the background, so a migration of thousands of cases neither holds a request nor one transaction.
     * Refused like {@link #execute} when the plan does not hold or selects nothing.
     */
    public BatchStarted executeAsync(
            ProcessVersions.DeployedVersion source, ProcessVersions.DeployedVersion target, Selection selection) {
        Plan plan = plan(source, target, selection);
        if (!plan.valid()) {
            throw new StudioRefusal("the migration plan does not hold; nothing was moved", plan.findings());
        }
        List<Instance> sent =
                plan.instances().stream().filter(Instance::movable).toList();
        List<BatchOutcome> notSent = plan.instances().stream()
                .filter(i -> !i.movable())
                .map(i -> new BatchOutcome(
                        i.id(),
                        i.businessKey(),
                        BatchState.FAILED,
                        STANDS_AT + String.join(", ", i.unmapped()) + ", which the target version lacks"))
                .toList();
        if (sent.isEmpty()) {
            throw new StudioRefusal(
                    "no running case of version " + plan.fromVersion() + " that can move matches; nothing was moved",
                    List.of(new Finding(null, null, PLAN, "no case selected")));
        }
        Batch batch = runtime.newMigration(build(source, target))
                .processInstanceIds(sent.stream().map(Instance::id).toList())
                .executeAsync();
        return new BatchStarted(batch.getId(), plan, sent, notSent);
    }

    /**
     * Where each case of a batch stands: moved when it runs (or ran) on the target version, failed when the engine
     * gave up on its job (with the engine's reason), else not yet reached.
     */
    public BatchProgress progress(String batchId, String targetDefinitionId, List<Instance> sent) {
        Map<String, String> failures = failures(batchId, sent);
        List<BatchOutcome> outcomes = new ArrayList<>();
        int migrated = 0;
        int failed = 0;
        for (Instance instance : sent) {
            String definition = definitionOf(instance.id());
            boolean running = runtime.createProcessInstanceQuery()
                            .processInstanceId(instance.id())
                            .count()
                    > 0;
            if (targetDefinitionId.equals(definition)) {
                outcomes.add(new BatchOutcome(instance.id(), instance.businessKey(), BatchState.MIGRATED, null));
                migrated++;
            } else if (definition == null || !running) {
                // ended or deleted before its turn: nothing is left to move, whatever its job said about it
                outcomes.add(new BatchOutcome(instance.id(), instance.businessKey(), BatchState.FAILED, ENDED));
                failed++;
            } else if (failures.containsKey(instance.id())) {
                outcomes.add(new BatchOutcome(
                        instance.id(), instance.businessKey(), BatchState.FAILED, failures.get(instance.id())));
                failed++;
            } else {
                outcomes.add(new BatchOutcome(instance.id(), instance.businessKey(), BatchState.PENDING, null));
            }
        }
        return new BatchProgress(batchId, sent.size(), migrated, failed, List.copyOf(outcomes));
    }

    /** The process definition a case runs or ran on; null when the engine knows the case no more. */
    private String definitionOf(String instanceId) {
        ProcessInstance running = runtime.createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult();
        if (running != null) {
            return running.getProcessDefinitionId();
        }
        HistoricProcessInstance done = history.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult();
        return done == null ? null : done.getProcessDefinitionId();
    }

    /**
     * The engine's reason for each case whose job gave up (no retries left). A batch job names its cases only in its
     * configuration, a byte array the public API does not read, so it is read through the engine's own session.
     */
    private Map<String, String> failures(String batchId, List<Instance> sent) {
        Map<String, String> failures = new LinkedHashMap<>();
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        if (batch == null) {
            return failures;
        }
        for (Job job : management
                .createJobQuery()
                .jobDefinitionId(batch.getBatchJobDefinitionId())
                .noRetriesLeft()
                .list()) {
            String configuration = configurationOf(job);
            for (Instance instance : sent) {
                if (configuration.contains("\"" + instance.id() + "\"")) {
                    failures.put(instance.id(), job.getExceptionMessage());
                }
            }
        }
        return failures;
    }

    private String configurationOf(Job job) {
        if (!(job instanceof JobEntity entity)) {
            return "";
        }
        String byteArrayId = entity.getJobHandlerConfigurationRaw();
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ByteArrayEntity bytes = context.getDbEntityManager().selectById(ByteArrayEntity.class, byteArrayId);
            return bytes == null || bytes.getBytes() == null
                    ? ""
                    : new String(bytes.getBytes(), StandardCharsets.UTF_8);
        });
    }

    private MigrationPlan build(ProcessVersions.DeployedVersion source, ProcessVersions.DeployedVersion target) {
        return runtime.createMigrationPlan(source.definitionId(), target.definitionId())
                .mapEqualActivities()
                .build();
    }

    private static List<Finding> planFindings(MigrationPlanValidationReport report, BpmnModelInstance source) {
        List<Finding> findings = new ArrayList<>();
        for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
            MigrationInstruction i = instruction.getMigrationInstruction();
            String id = diagramId(i.getSourceActivityId());
            Object element = source.getModelElementById(id);
            String name = element instanceof FlowNode node ? node.getName() : null;
            for (String failure : instruction.getFailures()) {
                findings.add(new Finding(id, name, PLAN, failure));
            }
        }
        if (findings.isEmpty()) {
            findings.add(new Finding(null, null, PLAN, "Camunda refused the migration plan"));
        }
        return findings;
    }

    private static String diagramId(String activityId) {
        String suffix = BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX;
        return activityId != null && activityId.endsWith(suffix)
                ? activityId.substring(0, activityId.length() - suffix.length())
                : activityId;
    }
}
